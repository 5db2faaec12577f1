namespace CivicCrm.Indexing.Services;

/// <summary>Synonym lines as an editor writes them: one group per line, words or phrases separated by commas.</summary>
public static class SynonymLines
{
    /// <summary>Trimmed, lower-cased lines without blanks or comments (<c>#</c>), each entry separated by ", ".</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string?> lines) =>
        lines.SelectMany(l => (l ?? "").Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => string.Join(", ", Entries(l)))
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Entries(string line) =>
        line.Split(',').Select(e => string.Join(' ', e.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(e => e.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>An error for each line that is not a group of two or more words or phrases, keyed by its position.</summary>
    public static IEnumerable<(int Line, string Message)> Check(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var entries = Entries(lines[i]);
            if (entries.Count < 2)
            {
                yield return (i, $"Line {i + 1} ('{lines[i]}') needs at least two words or phrases separated by commas.");
            }
            else if (entries.FirstOrDefault(e => !e.Any(char.IsLetterOrDigit)) is { } empty)
            {
                yield return (i, $"Line {i + 1} has an entry without letters or digits ('{empty}').");
            }
        }
    }
}
