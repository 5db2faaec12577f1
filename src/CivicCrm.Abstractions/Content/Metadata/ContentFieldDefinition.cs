namespace CivicCrm.Content.Metadata;

public sealed class ContentFieldDefinition
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";

    /// <summary>One of <see cref="FieldTypes"/>.</summary>
    public string FieldType { get; set; } = FieldTypes.Text;

    public int Position { get; set; }
    public FieldSettings Settings { get; set; } = new();
}
