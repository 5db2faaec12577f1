using CivicCrm.Search.Lucene.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>
/// Snippets of stored text around the words that matched, wrapped in <c>&lt;mark&gt;</c>; everything else is
/// HTML-encoded, so a snippet can be written into a page as is. Words matched through a synonym or a typo are marked too.
/// </summary>
internal static class SnippetHighlighter
{
    private const int FragmentChars = 160;
    private const int MaxFragments = 2;

    public static IReadOnlyList<string> Highlight(LuceneIndex index, IndexReader reader, Query query, string field, IReadOnlyList<string> values)
    {
        var scorer = new QueryScorer(query, reader, field) { ExpandMultiTermQuery = true };
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
            MaxDocCharsToAnalyze = 100_000,
        };
        var snippets = new List<string>();
        foreach (var value in values)
        {
            using var tokens = index.Analyzers.Index.GetTokenStream(field, value);
            string[] fragments;
            try
            {
                fragments = highlighter.GetBestFragments(tokens, value, MaxFragments);
            }
            catch (InvalidTokenOffsetsException)
            {
                // A token filter produced offsets outside the text: show this hit without a snippet, not a failed search.
                continue;
            }

            snippets.AddRange(fragments.Where(f => f.Contains("<mark>", StringComparison.Ordinal)).Select(f => f.Trim()));
            if (snippets.Count >= MaxFragments)
            {
                break;
            }
        }

        return snippets.Take(MaxFragments).ToList();
    }
}
