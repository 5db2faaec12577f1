namespace CivicCrm.Documents;

/// <summary>A document (definitions, settings, role permissions) changed since this request read it.</summary>
public sealed class DocumentConflictException(string name)
    : Exception($"The {name} were changed by someone else meanwhile. Reload and apply your change again.")
{
    public string Name { get; } = name;
}
