using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// What reviewers look at: items waiting for review first, then items past their review date or with "not helpful"
/// votes, by unhelpful share (then by number of votes).
/// </summary>
public sealed class ReviewQueue(DbContext db, TimeProvider clock)
{
    public const int CommentsShown = 3;

    public async Task<List<ReviewQueueRow>> ListAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var latest = await db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => r.Latest).ToListAsync(cancellationToken);
        var votes = await db.Set<HelpfulnessVote>().AsNoTracking()
            .GroupBy(v => v.ContentItemId)
            .Select(g => new { Id = g.Key, Helpful = g.Count(v => v.Helpful), Unhelpful = g.Count(v => !v.Helpful) })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var withComments = votes.Where(v => v.Value.Unhelpful > 0).Select(v => v.Key).ToList();
        var comments = (await db.Set<HelpfulnessVote>().AsNoTracking()
                .Where(v => !v.Helpful && v.Comment != null && withComments.Contains(v.ContentItemId))
                .Select(v => new { v.ContentItemId, v.Comment, v.CreatedUtc })
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.ContentItemId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.CreatedUtc).Take(CommentsShown).Select(v => v.Comment!).ToList());

        return latest.Select(r =>
            {
                votes.TryGetValue(r.ContentItemId, out var v);
                return new ReviewQueueRow(r.ContentItemId, r.ContentType, r.Title, r.Status, r.ReviewBy,
                    r.Status == KnowledgeBaseStatus.InReview,
                    r.Status == KnowledgeBaseStatus.Published && r.ReviewBy is { } due && due < today,
                    v?.Helpful ?? 0, v?.Unhelpful ?? 0,
                    comments.TryGetValue(r.ContentItemId, out var c) ? c : []);
            })
            .Where(r => r.InReview || r.Overdue || r.Unhelpful > 0)
            .OrderByDescending(r => r.InReview)
            .ThenByDescending(r => r.UnhelpfulShare)
            .ThenByDescending(r => r.Votes)
            .ThenBy(r => r.ReviewBy)
            .ToList();
    }
}
