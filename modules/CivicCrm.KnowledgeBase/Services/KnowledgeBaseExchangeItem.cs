namespace CivicCrm.KnowledgeBase.Services;

/// <summary>One item read from a recipe or an import: the draft, its category names and whether to publish it.</summary>
public sealed class KnowledgeBaseExchangeItem
{
    public KnowledgeBaseDraft Draft { get; init; } = new();

    public IReadOnlyList<string> CategoryNames { get; init; } = [];

    public bool Published { get; init; } = true;
}
