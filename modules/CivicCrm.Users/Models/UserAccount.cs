namespace CivicCrm.Users.Models;

/// <summary>A staff member who signs in to the admin.</summary>
public sealed class UserAccount
{
    public string Id { get; set; } = Guid.NewGuid().ToString("n");
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public bool IsDisabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}
