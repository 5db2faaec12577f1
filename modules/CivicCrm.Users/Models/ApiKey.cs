namespace CivicCrm.Users.Models;

/// <summary>A machine client's key. Only a SHA-256 hash is stored; the key itself is shown once, at creation.</summary>
public sealed class ApiKey
{
    public string Id { get; set; } = Guid.NewGuid().ToString("n");
    public string Name { get; set; } = "";

    /// <summary>The first characters of the key, to find its row without scanning.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";
    public string Role { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
