namespace CivicCrm.Data;

/// <summary>A named JSON document: content definitions, site settings, setup state, role permissions.</summary>
public sealed class DocumentRecord
{
    public string Name { get; set; } = "";
    public string Json { get; set; } = "{}";
    public int Version { get; set; }
    public DateTime ModifiedUtc { get; set; }
}
