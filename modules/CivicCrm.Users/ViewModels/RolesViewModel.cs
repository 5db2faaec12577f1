using CivicCrm.Security;

namespace CivicCrm.Users.ViewModels;

/// <summary>The permission grid: one row per permission, one column per role.</summary>
public sealed class RolesViewModel
{
    public IReadOnlyList<string> Roles { get; set; } = [];
    public IReadOnlyList<Permission> Permissions { get; set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Granted { get; set; } = new Dictionary<string, IReadOnlyList<string>>();
}
