using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CivicCrm.Indexing.Services;

namespace CivicCrm.Indexing.ViewModels;

/// <summary>The definition form: name, content types, analyzer and the fields table (synonyms have their own page).</summary>
public sealed class SearchIndexEditViewModel
{
    private const int BlankRows = 3;

    private List<int> _rowOfField = [];

    /// <summary>The name being edited; null for a new index.</summary>
    public string? OriginalName { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Content types")]
    public string? ContentTypes { get; set; }

    [Display(Name = "Language")]
    public string Analyzer { get; set; } = SearchAnalyzers.English;

    public List<SearchIndexFieldRow> Fields { get; set; } = [];

    public static SearchIndexEditViewModel NewDefaults() => new()
    {
        Fields =
        [
            new() { Name = "title", Source = "TitlePart.Title", Boost = "4", Stored = true },
            .. Enumerable.Range(0, BlankRows).Select(_ => new SearchIndexFieldRow()),
        ],
    };

    public static SearchIndexEditViewModel From(SearchIndexDefinition definition) => new()
    {
        OriginalName = definition.Name,
        Name = definition.Name,
        ContentTypes = string.Join(", ", definition.ContentTypes),
        Analyzer = definition.Analyzer,
        Fields =
        [
            .. definition.Fields.Select(f => new SearchIndexFieldRow
            {
                Name = f.Name,
                Source = f.Source,
                Boost = f.Boost.ToString(CultureInfo.InvariantCulture),
                Stored = f.Stored,
                Kind = f.Kind == SearchIndexFieldKind.Keyword ? "keyword" : "text",
            }),
            .. Enumerable.Range(0, BlankRows).Select(_ => new SearchIndexFieldRow()),
        ],
    };

    /// <summary>The definition the form describes (keeping the synonyms of <paramref name="existing"/>), or the rows that do not parse.</summary>
    public (SearchIndexDefinition Definition, List<(string Key, string Message)> Errors) ToDefinition(SearchIndexDefinition? existing)
    {
        var errors = new List<(string, string)>();
        var fields = new List<SearchIndexField>();
        var keys = new List<int>();
        for (var i = 0; i < Fields.Count; i++)
        {
            var row = Fields[i];
            if (row.Remove || string.IsNullOrWhiteSpace(row.Name))
            {
                continue;
            }

            if (!float.TryParse(row.Boost, NumberStyles.Float, CultureInfo.InvariantCulture, out var boost))
            {
                errors.Add(($"Fields[{i}].Boost", "The boost must be a number, e.g. 2 or 0.5."));
                boost = 1;
            }

            var kind = string.Equals(row.Kind, "keyword", StringComparison.OrdinalIgnoreCase) ? SearchIndexFieldKind.Keyword : SearchIndexFieldKind.Text;
            fields.Add(new SearchIndexField(row.Name.Trim(), string.IsNullOrWhiteSpace(row.Source) ? null : row.Source.Trim(), boost, row.Stored, kind));
            keys.Add(i);
        }

        _rowOfField = keys;
        var definition = new SearchIndexDefinition
        {
            Name = (OriginalName ?? Name ?? "").Trim(),
            ContentTypes = (ContentTypes ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Analyzer = Analyzer,
            Fields = fields,
            Synonyms = existing?.Synonyms ?? [],
        };
        return (definition, errors);
    }

    /// <summary>The form field of a validator path: <c>fields[1].boost</c> → the row that became field 1.</summary>
    public string KeyOf(string path)
    {
        if (path.StartsWith("fields[", StringComparison.Ordinal))
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(path[7..close], CultureInfo.InvariantCulture);
            var row = index < _rowOfField.Count ? _rowOfField[index] : index;
            var member = path[(close + 2)..];
            return $"Fields[{row}].{char.ToUpperInvariant(member[0])}{member[1..]}";
        }

        return path switch
        {
            "name" => nameof(Name),
            "analyzer" => nameof(Analyzer),
            _ when path.StartsWith("contentTypes", StringComparison.Ordinal) => nameof(ContentTypes),
            _ => "",
        };
    }

    public static IReadOnlyList<string> Languages => SearchAnalyzers.All;

    /// <summary>Lines for the synonyms page, normalized the way they are stored.</summary>
    public static string SynonymText(SearchIndexDefinition definition) => string.Join('\n', SynonymLines.Normalize(definition.Synonyms));
}
