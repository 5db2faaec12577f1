namespace CivicCrm.KnowledgeBase.Models;

/// <summary>
/// How often the public page of an item was read on one day (UTC). One row per item and day, so "popular in the last
/// 30 days" sums at most 30 rows an item, and a read is one insert-or-increment.
/// </summary>
public sealed class KnowledgeBaseView
{
    public string ContentItemId { get; set; } = "";

    public DateOnly Day { get; set; }

    public int Views { get; set; }
}
