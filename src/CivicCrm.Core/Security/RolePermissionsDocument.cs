namespace CivicCrm.Security;

/// <summary>The permissions granted to each role, edited in the role editor or by recipe.</summary>
public sealed class RolePermissionsDocument
{
    /// <summary>Permissions granted to a role explicitly.</summary>
    public Dictionary<string, List<string>> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Permissions taken away from a role explicitly; anything neither granted nor denied follows its defaults.</summary>
    public Dictionary<string, List<string>> Denied { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
