namespace CivicCrm.KnowledgeBase.Models;

/// <summary>The three content types and their short names in APIs, recipes and the search index (<c>type</c> field).</summary>
public static class KnowledgeBaseTypes
{
    public const string Faq = "Faq";
    public const string Article = "Article";
    public const string CallScript = "CallScript";

    public static IReadOnlyList<string> All { get; } = [Faq, Article, CallScript];

    public static string? FromKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "faq" => Faq,
        "article" => Article,
        "script" => CallScript,
        _ => null,
    };

    public static string ToKind(string contentType) => contentType switch
    {
        Faq => "faq",
        CallScript => "script",
        _ => "article",
    };

    public static string Label(string contentType) => contentType switch
    {
        Faq => "FAQ",
        CallScript => "Call script",
        _ => "Article",
    };
}
