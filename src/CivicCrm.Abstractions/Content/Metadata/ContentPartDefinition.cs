namespace CivicCrm.Content.Metadata;

/// <summary>A reusable group of fields. A type's own fields live in a part named after the type.</summary>
public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Description { get; set; } = "";
    public List<ContentFieldDefinition> Fields { get; set; } = [];
}
