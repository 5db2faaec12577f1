using System.Globalization;
using CivicCrm.Search.Lucene.Analysis;
using CivicCrm.Search.Lucene.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>
/// Completions as a person types: first the titles that hold every finished word and a word starting with the last
/// one, best match first; then words of titles that complete the last one. Both respect the search's filters, so a
/// hidden item's title or words are never suggested.
/// </summary>
internal static class Suggester
{
    private const int MaxCandidateTerms = 200;

    public static IReadOnlyList<SearchSuggestion> Suggest(LuceneIndex index, IndexSearcher searcher, SuggestQuery query)
    {
        var take = Math.Clamp(query.Take, 0, 50);
        var prefix = query.Prefix ?? "";
        var words = IndexAnalyzers.Terms(index.Analyzers.Suggest, LuceneIndex.SuggestField, prefix);
        if (take == 0 || words.Count == 0)
        {
            return [];
        }

        var finished = char.IsWhiteSpace(prefix[^1]) ? words : words.Take(words.Count - 1).ToList();
        var partial = finished.Count == words.Count ? null : words[^1];
        var filter = FilterQuery.For(query.Filters);

        var titles = new BooleanQuery();
        foreach (var word in finished)
        {
            titles.Add(new TermQuery(new Term(LuceneIndex.SuggestField, word)), Occur.MUST);
        }

        if (partial is not null)
        {
            titles.Add(new PrefixQuery(new Term(LuceneIndex.SuggestField, partial)), Occur.MUST);
        }

        var suggestions = new List<SearchSuggestion>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var hit in searcher.Search(titles, filter, take * 2).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var title = document.Get(LuceneIndex.SuggestField, CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(title) && seen.Add(title) && suggestions.Count < take)
            {
                suggestions.Add(new SearchSuggestion(title, document.Get(LuceneIndex.IdField, CultureInfo.InvariantCulture)));
            }
        }

        if (partial is not null && suggestions.Count < take)
        {
            var lead = string.Join(' ', finished);
            foreach (var term in Completions(searcher.IndexReader, partial))
            {
                if (suggestions.Count >= take)
                {
                    break;
                }

                var check = new BooleanQuery();
                foreach (var clause in titles.Clauses.Take(finished.Count))
                {
                    check.Add(clause.Query, Occur.MUST);
                }

                check.Add(new TermQuery(new Term(LuceneIndex.SuggestField, term)), Occur.MUST);
                var text = lead.Length == 0 ? term : $"{lead} {term}";
                if (seen.Add(text) && searcher.Search(check, filter, 1).TotalHits > 0)
                {
                    suggestions.Add(new SearchSuggestion(text, null));
                }
            }
        }

        return suggestions;
    }

    /// <summary>Title words starting with the prefix, most frequent first.</summary>
    private static IEnumerable<string> Completions(IndexReader reader, string partial)
    {
        var terms = MultiFields.GetTerms(reader, LuceneIndex.SuggestField);
        if (terms is null)
        {
            return [];
        }

        var found = new List<(string Term, int Count)>();
        var enumerator = terms.GetEnumerator();
        var start = new BytesRef(partial);
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            var term = enumerator.Term;
            if (!StringHelper.StartsWith(term, start) || found.Count >= MaxCandidateTerms)
            {
                break;
            }

            var text = term.Utf8ToString();
            if (text != partial)
            {
                found.Add((text, enumerator.DocFreq));
            }
        }
        while (enumerator.MoveNext());

        return found.OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Select(t => t.Term);
    }
}
