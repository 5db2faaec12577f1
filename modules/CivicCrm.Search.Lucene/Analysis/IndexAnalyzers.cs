using CivicCrm.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace CivicCrm.Search.Lucene.Analysis;

/// <summary>The analyzers of one index definition: for documents, for queries and for completion.</summary>
internal sealed class IndexAnalyzers : IDisposable
{
    private IndexAnalyzers(string language, SynonymMap? synonyms, string? synonymError)
    {
        Language = language;
        Index = new LanguageAnalyzer(language, AnalyzerMode.Index, synonyms);
        Query = new LanguageAnalyzer(language, AnalyzerMode.Query, null);
        Suggest = new LanguageAnalyzer(language, AnalyzerMode.Suggest, null);
        Plain = new LanguageAnalyzer(language, AnalyzerMode.Rules, null);
        SynonymError = synonymError;
    }

    public string Language { get; }

    public LanguageAnalyzer Index { get; }

    public LanguageAnalyzer Query { get; }

    public LanguageAnalyzer Suggest { get; }

    /// <summary>Stemmed words, stop words kept, no synonyms: for a query made only of stop words ("to be or not").</summary>
    public LanguageAnalyzer Plain { get; }

    /// <summary>Why the synonyms could not be read (they are then left out), or null.</summary>
    public string? SynonymError { get; }

    public static IndexAnalyzers For(SearchIndexDefinition definition)
    {
        var language = SearchAnalyzers.All.Contains(definition.Analyzer) ? definition.Analyzer : SearchAnalyzers.English;
        var (map, error) = SynonymRules.Build(language, definition.Synonyms);
        return new IndexAnalyzers(language, map, error);
    }

    /// <summary>The terms an analyzer makes of a text, in order (tokens stacked at one position are all listed).</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
        Suggest.Dispose();
        Plain.Dispose();
    }
}
