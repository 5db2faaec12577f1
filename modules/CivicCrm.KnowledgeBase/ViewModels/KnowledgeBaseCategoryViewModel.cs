using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed record KnowledgeBaseCategoryViewModel(KnowledgeBaseCategory Category, IReadOnlyList<KnowledgeBaseCategory> Path, IReadOnlyList<CategoryNode> Children, IReadOnlyList<KnowledgeBaseIndex> Items);
