namespace CivicCrm.KnowledgeBase.Services;

public static class KnowledgeBaseUrls
{
    /// <summary>The name of the index definition the search engine keeps for FAQs, articles and call scripts.</summary>
    public const string IndexName = "knowledge-base";

    public static string Item(string? slug, string contentItemId) => "/kb/" + (string.IsNullOrEmpty(slug) ? contentItemId : slug);
}
