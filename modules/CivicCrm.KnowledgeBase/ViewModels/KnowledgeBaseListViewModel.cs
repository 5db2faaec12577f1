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

/// <summary>One item in the admin list; <see cref="RecentViews"/> counts reads of its public page in the last 30 days.</summary>
public sealed record KnowledgeBaseListRow(KnowledgeBaseIndex Latest, bool HasPublished, bool IsOverdue, IReadOnlyList<string> Categories, int RecentViews);
