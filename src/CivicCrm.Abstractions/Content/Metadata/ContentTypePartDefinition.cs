namespace CivicCrm.Content.Metadata;

/// <summary>A part attached to a type. <see cref="Name"/> is where it lives in the item JSON.</summary>
public sealed class ContentTypePartDefinition
{
    public string Name { get; set; } = "";

    /// <summary>The part definition; equals <see cref="Name"/> unless the same part is attached twice.</summary>
    public string PartName { get; set; } = "";

    public int Position { get; set; }
}
