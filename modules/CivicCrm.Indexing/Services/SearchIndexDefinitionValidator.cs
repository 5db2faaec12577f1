using System.Text.RegularExpressions;

namespace CivicCrm.Indexing.Services;

/// <summary>Checks a definition and names every problem by its path (<c>name</c>, <c>fields[1].boost</c>, <c>synonyms[3]</c>).</summary>
public static partial class SearchIndexDefinitionValidator
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IndexName();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]{0,63}$")]
    private static partial Regex FieldName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*|DisplayText)$")]
    private static partial Regex SourcePath();

    public static IReadOnlyList<(string Path, string Message)> Validate(SearchIndexDefinition definition)
    {
        var errors = new List<(string, string)>();
        if (!IndexName().IsMatch(definition.Name))
        {
            errors.Add(("name", "A name of lower-case letters, digits and dashes (at most 64) is required, e.g. knowledge-base."));
        }

        if (definition.ContentTypes.Count == 0)
        {
            errors.Add(("contentTypes", "Name at least one content type."));
        }

        for (var i = 0; i < definition.ContentTypes.Count; i++)
        {
            if (!Identifier().IsMatch(definition.ContentTypes[i]))
            {
                errors.Add(($"contentTypes[{i}]", $"'{definition.ContentTypes[i]}' is not a content type name."));
            }
        }

        if (!SearchAnalyzers.All.Contains(definition.Analyzer))
        {
            errors.Add(("analyzer", $"The analyzer must be one of: {string.Join(", ", SearchAnalyzers.All)}."));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < definition.Fields.Count; i++)
        {
            var field = definition.Fields[i];
            if (!FieldName().IsMatch(field.Name))
            {
                errors.Add(($"fields[{i}].name", "A field name starts with a letter and holds letters, digits and underscores."));
            }
            else if (!seen.Add(field.Name))
            {
                errors.Add(($"fields[{i}].name", $"The field '{field.Name}' is declared twice."));
            }

            if (field.Source is { } source && !SourcePath().IsMatch(source))
            {
                errors.Add(($"fields[{i}].source", "A source is Part.Field (e.g. TitlePart.Title) or DisplayText."));
            }

            if (float.IsNaN(field.Boost) || field.Boost < 0.01f || field.Boost > 100f)
            {
                errors.Add(($"fields[{i}].boost", "The boost must be between 0.01 and 100."));
            }

            if (!Enum.IsDefined(field.Kind))
            {
                errors.Add(($"fields[{i}].kind", "The kind must be text or keyword."));
            }
        }

        foreach (var (line, message) in SynonymLines.Check(definition.Synonyms))
        {
            errors.Add(($"synonyms[{line}]", message));
        }

        return errors;
    }
}
