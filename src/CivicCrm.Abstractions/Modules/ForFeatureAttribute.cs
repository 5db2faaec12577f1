namespace CivicCrm.Modules;

/// <summary>
/// Binds a startup, controller or service to a feature other than the module's default one, for example an
/// optional integration that only makes sense when another module's feature is enabled.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ForFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
