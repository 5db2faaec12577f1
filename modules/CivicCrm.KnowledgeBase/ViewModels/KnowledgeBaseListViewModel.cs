using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed record KnowledgeBaseListViewModel(
    IReadOnlyList<KnowledgeBaseListRow> Rows,
    CategoryTree Tree,
    string? Type,
    string? Status,
    string? Category,
    string? Audience,
    bool Overdue);

public sealed record KnowledgeBaseListRow(KnowledgeBaseIndex Latest, bool HasPublished, bool IsOverdue, IReadOnlyList<string> Categories);
