using Lucene.Net.Analysis.Synonym;

namespace CivicCrm.Search.Lucene.Analysis;

/// <summary>Reads synonym lines ("trash, garbage, refuse") into a map over the index language's stemmed words.</summary>
internal static class SynonymRules
{
    public static (SynonymMap? Map, string? Error) Build(string language, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return (null, null);
        }

        using var rules = new LanguageAnalyzer(language, AnalyzerMode.Rules, null);
        var parser = new SolrSynonymParser(dedup: true, expand: true, rules);
        try
        {
            // One group per line; commas separate equivalent words or phrases. "=>" is Solr syntax we do not offer.
            var text = string.Join('\n', lines.Select(l => l.Replace("=>", ",", StringComparison.Ordinal)));
            parser.Parse(new StringReader(text));
            var map = parser.Build();
            return (map.Fst is null ? null : map, null);
        }
        catch (Exception exception) when (exception is J2N.Text.ParseException or ArgumentException or IOException or InvalidOperationException)
        {
            return (null, exception.InnerException?.Message is { } detail ? $"{exception.Message}: {detail}" : exception.Message);
        }
    }
}
