using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed class KnowledgeBaseSearchViewModel
{
    public const int PageSize = 10;

    public string Query { get; init; } = "";
    public string? Category { get; init; }
    public string? CategoryName { get; init; }

    /// <summary>The kind filter (faq, article, script), or null for all.</summary>
    public string? Type { get; init; }

    /// <summary>Staff only: public or internal, or null for both.</summary>
    public string? Audience { get; init; }

    public bool ShowAudience { get; init; }

    /// <summary>Kinds among the matches, with counts.</summary>
    public IReadOnlyList<(string Kind, int Count)> Types { get; init; } = [];
    public int Page { get; init; } = 1;
    public bool Available { get; init; } = true;
    public int Total { get; init; }
    public bool Widened { get; init; }
    public IReadOnlyList<KnowledgeBaseResult> Results { get; init; } = [];
    public IReadOnlyList<(string Slug, string Name, int Count)> Facets { get; init; } = [];

    /// <summary>Shown when nothing matched: the most helpful items.</summary>
    public IReadOnlyList<KnowledgeBaseIndex> Fallback { get; init; } = [];

    public int Pages => (Total + PageSize - 1) / PageSize;

    public string Link(int page, string? category) => Link(page, category, Type, Audience);

    public string Link(int page, string? category, string? type, string? audience) =>
        "/kb/search?q=" + Uri.EscapeDataString(Query)
        + (category is null ? "" : "&category=" + Uri.EscapeDataString(category))
        + (type is null ? "" : "&type=" + Uri.EscapeDataString(type))
        + (audience is null ? "" : "&audience=" + Uri.EscapeDataString(audience))
        + (page > 1 ? "&page=" + page : "");
}

/// <param name="SnippetHtml">Highlighted snippet: matched words in &lt;mark&gt;, the rest HTML-encoded by the engine.</param>
public sealed record KnowledgeBaseResult(string Title, string TitleHtml, string Url, string Type, string? SnippetHtml);
