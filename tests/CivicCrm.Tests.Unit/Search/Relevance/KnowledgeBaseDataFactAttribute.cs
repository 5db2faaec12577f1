namespace CivicCrm.Tests.Unit.Search.Relevance;

/// <summary>
/// A test over the demo knowledge base and its labelled queries: skipped, with the reason, while
/// the demo recipe or <c>tests/CivicCrm.Tests.Unit/Search/kb-queries.json</c> is missing.
/// </summary>
public sealed class KnowledgeBaseDataFactAttribute : FactAttribute
{
    public const string ItemsFile = "recipes/civic-demo.recipe.json";
    public const string QueriesFile = "tests/CivicCrm.Tests.Unit/Search/kb-queries.json";

    public KnowledgeBaseDataFactAttribute()
    {
        var root = KnowledgeBaseRelevanceTests.RepositoryRoot();
        var missing = new[] { ItemsFile, QueriesFile }.Where(f => !File.Exists(Path.Combine(root, f))).ToList();
        if (missing.Count > 0)
        {
            Skip = $"The demo knowledge base's labelled relevance data is not in the repository yet: {string.Join(", ", missing)}.";
        }
    }
}
