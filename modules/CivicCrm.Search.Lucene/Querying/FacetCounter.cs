using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>
/// Counts the values of keyword fields over every matching document (not only the page shown), from the doc values
/// each keyword is indexed with: ordinals are counted per segment and turned into values when the segment ends.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.Distinct(StringComparer.Ordinal)
        .ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly List<(string Field, SortedSetDocValues Values, int[] Counts)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var field in _counts.Keys)
        {
            if (context.AtomicReader.GetSortedSetDocValues(field) is { } values && values.ValueCount > 0)
            {
                _segment.Add((field, values, new int[checked((int)values.ValueCount)]));
            }
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, counts) in _segment)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>Per field, each value with its count, highest first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        return _counts.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<FacetValue>)p.Value.Select(v => new FacetValue(v.Key, v.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.OrdinalIgnoreCase).ToList(),
            StringComparer.Ordinal);
    }

    private void Flush()
    {
        var term = new BytesRef();
        foreach (var (field, values, counts) in _segment)
        {
            var total = _counts[field];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var value = term.Utf8ToString();
                    total[value] = total.GetValueOrDefault(value) + counts[ord];
                }
            }
        }

        _segment.Clear();
    }
}
