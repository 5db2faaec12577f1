namespace CivicCrm.Tests.Unit.Search.Relevance;

/// <summary>Mean reciprocal rank of the first relevant item (in the top 10) and mean recall of the relevant items in the top 3.</summary>
internal sealed record RelevanceScore(double Mrr, double RecallAt3, int Queries)
{
    public static RelevanceScore Of(IReadOnlyList<LabelledQuery> queries, Func<string, IReadOnlyList<string>> rank)
    {
        double reciprocal = 0, recall = 0;
        foreach (var query in queries)
        {
            var ranked = rank(query.Query).Take(10).ToList();
            var first = ranked.FindIndex(id => query.Relevant.Contains(id));
            reciprocal += first < 0 ? 0 : 1.0 / (first + 1);
            recall += (double)ranked.Take(3).Count(query.Relevant.Contains) / Math.Max(1, query.Relevant.Count);
        }

        return new RelevanceScore(reciprocal / queries.Count, recall / queries.Count, queries.Count);
    }

    public override string ToString() => $"MRR {Mrr:F3}, recall@3 {RecallAt3:F3} over {Queries} queries";
}
