using CivicCrm.Content.Metadata;

namespace CivicCrm.Content;

/// <summary>All content types and parts, stored as one document.</summary>
public sealed class ContentDefinitionsDocument
{
    public List<ContentTypeDefinition> Types { get; set; } = [];
    public List<ContentPartDefinition> Parts { get; set; } = [];
}
