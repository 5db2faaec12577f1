namespace CivicCrm.Tests.Unit.Search.Relevance;

/// <summary>
/// The least the engine must reach on the demo knowledge base's labelled queries. Not measured yet (the data is
/// written separately): set conservatively; raise them to a little below the measured figures in docs/BENCHMARKS.md.
/// </summary>
internal static class RelevanceFloors
{
    public const double Mrr = 0.5;
    public const double RecallAt3 = 0.4;
}
