using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Counts reads of published public item pages per item and day, and answers the totals of the last
/// <see cref="RecentDays"/> days that rank popular answers and that editors see in the admin list and editor.
/// </summary>
public sealed class KnowledgeBaseViewCounts(DbContext db, TimeProvider clock)
{
    public const int RecentDays = 30;

    /// <summary>One read of an item today: a single insert-or-increment statement (SQLite and PostgreSQL both have <c>ON CONFLICT</c>).</summary>
    public async Task RecordAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var day = Today();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "KnowledgeBaseViews" ("ContentItemId", "Day", "Views") VALUES ({contentItemId}, {day}, 1)
            ON CONFLICT ("ContentItemId", "Day") DO UPDATE SET "Views" = "KnowledgeBaseViews"."Views" + 1
            """,
            cancellationToken);
    }

    /// <summary>The view rows of the last <see cref="RecentDays"/> days, today included.</summary>
    public IQueryable<KnowledgeBaseView> Recent()
    {
        var since = Today().AddDays(1 - RecentDays);
        return db.Set<KnowledgeBaseView>().AsNoTracking().Where(v => v.Day >= since);
    }

    /// <summary>Views in the last <see cref="RecentDays"/> days of the given items; items never read are left out.</summary>
    public async Task<Dictionary<string, int>> RecentTotalsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken) =>
        await Recent().Where(v => contentItemIds.Contains(v.ContentItemId))
            .GroupBy(v => v.ContentItemId)
            .Select(g => new { g.Key, Views = g.Sum(v => v.Views) })
            .ToDictionaryAsync(x => x.Key, x => x.Views, cancellationToken);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
