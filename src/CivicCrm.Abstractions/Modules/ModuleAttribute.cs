namespace CivicCrm.Modules;

/// <summary>Declares the assembly as a CivicCrm module. Put it in the module's Manifest.cs.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ModuleAttribute : Attribute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "General";
    public string Version { get; init; } = "1.0.0";

    /// <summary>Feature ids the module's default feature depends on.</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>Platform modules whose default feature may never be disabled; their other features stay optional.</summary>
    public bool AlwaysEnabled { get; init; }
}
