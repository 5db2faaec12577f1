using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>A category with its children, for trees in pages and recipes.</summary>
public sealed record CategoryNode(KnowledgeBaseCategory Category, IReadOnlyList<CategoryNode> Children, int Depth);
