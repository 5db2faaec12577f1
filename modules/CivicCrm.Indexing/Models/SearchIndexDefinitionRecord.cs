namespace CivicCrm.Indexing.Models;

/// <summary>A row of <c>SearchIndexDefinitions</c>: the definition as JSON, keyed by its name.</summary>
public sealed class SearchIndexDefinitionRecord
{
    public string Name { get; set; } = "";

    /// <summary>Content types, fields, analyzer and synonyms (<see cref="SearchIndexDefinition"/> without name and stamp).</summary>
    public string DefinitionJson { get; set; } = "{}";

    public string Stamp { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }
}
