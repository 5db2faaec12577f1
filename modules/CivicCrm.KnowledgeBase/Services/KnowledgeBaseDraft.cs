using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>What an editor, a recipe or an import gives for one item; categories are slugs here.</summary>
public sealed class KnowledgeBaseDraft
{
    public string ContentType { get; set; } = KnowledgeBaseTypes.Faq;
    public string? ExternalId { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string BodyFormat { get; set; } = KnowledgeBaseFormats.Markdown;
    public string Audience { get; set; } = KnowledgeBaseAudiences.Public;
    public string? Tags { get; set; }
    public string? ReviewBy { get; set; }
    public string? RelatedRequestTypes { get; set; }
    public string? ReportRequestType { get; set; }
    public List<string> Categories { get; set; } = [];
    public List<CallScriptStep> Steps { get; set; } = [];

    public static KnowledgeBaseDraft From(string contentType, string title, KnowledgeBasePart part) => new()
    {
        ContentType = contentType,
        ExternalId = part.ExternalId,
        Title = title,
        Summary = part.Summary,
        Body = part.Body,
        BodyFormat = part.BodyFormat,
        Audience = part.Audience,
        Tags = part.Tags,
        ReviewBy = part.ReviewBy,
        RelatedRequestTypes = part.RelatedRequestTypes,
        ReportRequestType = part.ReportRequestType,
        Categories = [.. part.Categories],
        Steps = [.. part.Steps],
    };
}
