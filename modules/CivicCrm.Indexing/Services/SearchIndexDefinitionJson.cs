using System.Text.Json;
using System.Text.Json.Serialization;

namespace CivicCrm.Indexing.Services;

/// <summary>
/// The JSON shape of a definition, in the database and in recipes:
/// <c>{ "name", "contentTypes": [], "analyzer", "fields": [ { "name", "source", "boost", "stored", "kind": "text|keyword" } ], "synonyms": [] }</c>.
/// </summary>
internal static class SearchIndexDefinitionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(SearchIndexDefinition definition) =>
        JsonSerializer.Serialize(new Shape(null, definition.ContentTypes, definition.Analyzer, definition.Fields, definition.Synonyms), Options);

    public static SearchIndexDefinition Read(string name, string json, string stamp, DateTime modifiedUtc)
    {
        var shape = JsonSerializer.Deserialize<Shape>(json, Options) ?? new Shape(null, null, null, null, null);
        return shape.ToDefinition(name) with { Stamp = stamp, ModifiedUtc = modifiedUtc };
    }

    /// <summary>The definition as written in JSON; every member may be missing.</summary>
    internal sealed record Shape(
        string? Name,
        IReadOnlyList<string>? ContentTypes,
        string? Analyzer,
        IReadOnlyList<SearchIndexField>? Fields,
        IReadOnlyList<string>? Synonyms)
    {
        public SearchIndexDefinition ToDefinition(string? name = null) => new()
        {
            Name = (name ?? Name ?? "").Trim(),
            ContentTypes = ContentTypes?.Select(t => t?.Trim() ?? "").ToList() ?? [],
            Analyzer = string.IsNullOrWhiteSpace(Analyzer) ? SearchAnalyzers.English : Analyzer.Trim().ToLowerInvariant(),
            Fields = Fields?.Select(f => f with { Name = f.Name?.Trim() ?? "", Source = string.IsNullOrWhiteSpace(f.Source) ? null : f.Source.Trim() }).ToList() ?? [],
            Synonyms = SynonymLines.Normalize(Synonyms ?? []),
        };
    }
}
