using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>Keyword filters: each field must hold one of its values (e.g. audience = public, category = Trash or Recycling).</summary>
internal static class FilterQuery
{
    public static Filter? For(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var all = new BooleanQuery();
        foreach (var (field, values) in filters)
        {
            var any = new BooleanQuery();
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal))
            {
                any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            // A filter with no values matches nothing rather than everything: never widen what a caller narrowed.
            all.Add(any.Clauses.Count > 0 ? any : new BooleanQuery(), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }
}
