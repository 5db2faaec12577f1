using System.Text.Json.Serialization;

namespace CivicCrm.KnowledgeBase.Models;

/// <summary>
/// What every FAQ, article and call script carries beside its title. Declared fields (summary, body, audience, tags,
/// review date, request types) are validated by the platform and shown in the content admin's versions and diff;
/// the workflow state, categories, external id, slug and script steps are data the knowledge base manages itself
/// (the diff shows them through <c>KnowledgeBaseDiffContributor</c>).
/// </summary>
public sealed class KnowledgeBasePart
{
    public string? Summary { get; set; }

    /// <summary>Markdown, or sanitized HTML when <see cref="BodyFormat"/> is <c>html</c> (imported pages).</summary>
    public string? Body { get; set; }

    public string BodyFormat { get; set; } = KnowledgeBaseFormats.Markdown;

    public string Audience { get; set; } = KnowledgeBaseAudiences.Public;

    /// <summary>Comma-separated.</summary>
    public string? Tags { get; set; }

    /// <summary><c>yyyy-MM-dd</c>; after it the item is flagged for review.</summary>
    public string? ReviewBy { get; set; }

    /// <summary>Comma-separated request type codes.</summary>
    public string? RelatedRequestTypes { get; set; }

    /// <summary>The request type a "report this problem" link files (articles).</summary>
    public string? ReportRequestType { get; set; }

    /// <summary>Category slugs.</summary>
    public List<string> Categories { get; set; } = [];

    public string Status { get; set; } = KnowledgeBaseStatus.Draft;

    public string? ExternalId { get; set; }

    public string? Slug { get; set; }

    /// <summary>The reviewer's comment when an item was sent back.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>Call scripts: the steps in order.</summary>
    public List<CallScriptStep> Steps { get; set; } = [];

    [JsonIgnore]
    public IReadOnlyList<string> TagList => Split(Tags);

    [JsonIgnore]
    public IReadOnlyList<string> RequestTypeList => Split(RelatedRequestTypes);

    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
