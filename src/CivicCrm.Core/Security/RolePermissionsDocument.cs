namespace CivicCrm.Security;

/// <summary>The permissions granted to each role, edited in the role editor or by recipe.</summary>
public sealed class RolePermissionsDocument
{
    public Dictionary<string, List<string>> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
