using CivicCrm.Users.Models;

namespace CivicCrm.Users.ViewModels;

public sealed class ApiKeysViewModel
{
    public IReadOnlyList<ApiKey> Keys { get; set; } = [];
    public IReadOnlyList<string> Roles { get; set; } = [];

    /// <summary>The plain key, shown once right after it was created.</summary>
    public string? CreatedKey { get; set; }

    public string? Error { get; set; }
}
