using CivicCrm.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CivicCrm.Search.Lucene.Analysis;

/// <summary>
/// The text analysis of one index: English (Porter stemming, possessives), Spanish (light stemming) or standard (no
/// stemming); all lower-case and fold accents. Synonyms are applied after stemming, so a rule "rats, rodents" also
/// covers "rat" and "rodent", and multi-word rules ("street lamp, street light") put each phrase at the positions of
/// the other, so phrase queries match either.
/// </summary>
internal sealed class LanguageAnalyzer(string language, AnalyzerMode mode, SynonymMap? synonyms) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Language { get; } = language;

    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <summary>
    /// English questions as residents type them ("how do I ...", "where can my ...") carry their meaning in the other
    /// words; these are left out of queries beside Lucene's English stop words (documents keep every word).
    /// </summary>
    private static readonly CharArraySet EnglishQueryStopWords = new(Version,
        EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!).Concat(
        [
            "how", "do", "does", "did", "i", "i'm", "me", "my", "we", "our", "us", "you", "your", "what", "where", "when", "who",
            "which", "why", "can", "could", "should", "would", "am", "has", "have", "had", "about", "from", "any", "some", "please",
        ]).ToList(), ignoreCase: true);

    public CharArraySet StopWords => Language switch
    {
        SearchAnalyzers.Spanish => SpanishAnalyzer.DefaultStopSet,
        SearchAnalyzers.English => EnglishQueryStopWords,
        _ => StandardAnalyzer.STOP_WORDS_SET,
    };

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        if (Language == SearchAnalyzers.English)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        stream = new LowerCaseFilter(Version, stream);
        if (mode == AnalyzerMode.Suggest)
        {
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }

        if (mode == AnalyzerMode.Query)
        {
            stream = new StopFilter(Version, stream, StopWords);
        }

        stream = Language switch
        {
            SearchAnalyzers.English => new PorterStemFilter(new ASCIIFoldingFilter(stream)),
            SearchAnalyzers.Spanish => new ASCIIFoldingFilter(new SpanishLightStemFilter(stream)),
            _ => new ASCIIFoldingFilter(stream),
        };

        if (mode == AnalyzerMode.Index && synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        return new TokenStreamComponents(source, stream);
    }
}
