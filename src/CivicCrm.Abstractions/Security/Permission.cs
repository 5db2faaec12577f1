namespace CivicCrm.Security;

/// <summary>A right a feature declares; roles are granted permissions in the role editor or a recipe.</summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<string> DefaultRoles)
{
    public Permission(string name, string description) : this(name, description, [])
    {
    }
}
