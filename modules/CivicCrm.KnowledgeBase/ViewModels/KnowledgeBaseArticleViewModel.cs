using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed record KnowledgeBaseArticleViewModel(
    string ContentItemId,
    string ContentType,
    string Title,
    KnowledgeBasePart Part,
    string BodyHtml,
    IReadOnlyList<(string Slug, string Name)> Categories,
    IReadOnlyList<KnowledgeBaseIndex> Related,
    string? ReportRequestType,
    bool Voted,
    DateTime? UpdatedUtc);
