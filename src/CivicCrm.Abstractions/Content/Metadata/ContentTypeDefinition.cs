namespace CivicCrm.Content.Metadata;

/// <summary>A content type: its settings and the parts it is made of, in order.</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Editors may save drafts before publishing.</summary>
    public bool Draftable { get; set; } = true;

    /// <summary>Staff may create items of this type from the admin.</summary>
    public bool Creatable { get; set; } = true;

    public List<ContentTypePartDefinition> Parts { get; set; } = [];
}
