using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed class KnowledgeBaseSearchViewModel
{
    public const int PageSize = 10;

    public string Query { get; init; } = "";
    public string? Category { get; init; }
    public string? CategoryName { get; init; }
    public int Page { get; init; } = 1;
    public bool Available { get; init; } = true;
    public int Total { get; init; }
    public bool Widened { get; init; }
    public IReadOnlyList<KnowledgeBaseResult> Results { get; init; } = [];
    public IReadOnlyList<(string Slug, string Name, int Count)> Facets { get; init; } = [];

    /// <summary>Shown when nothing matched: the most helpful items.</summary>
    public IReadOnlyList<KnowledgeBaseIndex> Fallback { get; init; } = [];

    public int Pages => (Total + PageSize - 1) / PageSize;

    public string Link(int page, string? category) =>
        "/kb/search?q=" + Uri.EscapeDataString(Query) + (category is null ? "" : "&category=" + Uri.EscapeDataString(category)) + (page > 1 ? "&page=" + page : "");
}

/// <param name="SnippetHtml">Highlighted snippet: matched words in &lt;mark&gt;, the rest HTML-encoded by the engine.</param>
public sealed record KnowledgeBaseResult(string Title, string TitleHtml, string Url, string Type, string? SnippetHtml);
