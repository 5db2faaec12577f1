namespace CivicCrm.Modules;

/// <summary>Declares an additional feature of the module, beside its default feature (whose id is the module id).</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string[] Dependencies { get; init; } = [];
}
