using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed record KnowledgeBaseHomeViewModel(
    CategoryTree Categories,
    IReadOnlyDictionary<string, int> CountsBySlug,
    IReadOnlyList<KnowledgeBaseIndex> Popular,
    bool SearchAvailable);
