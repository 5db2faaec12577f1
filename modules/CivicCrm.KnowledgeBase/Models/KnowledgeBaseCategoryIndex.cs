using CivicCrm.Indexing;

namespace CivicCrm.KnowledgeBase.Models;

/// <summary>One row per category of the latest and the published version of an item.</summary>
public sealed class KnowledgeBaseCategoryIndex : ContentIndex
{
    public string CategorySlug { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
}
