using System.Security.Cryptography;
using System.Text;
using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>Records "was this helpful?" votes (one per browser and item; a second vote from the same browser replaces the first).</summary>
public sealed class HelpfulnessVotes(DbContext db, TimeProvider clock)
{
    public const int MaxCommentLength = 1000;

    /// <summary>The stored key for a browser's random voter cookie: a hash, so the table holds nothing that identifies anyone.</summary>
    public static string KeyOf(string voterCookie) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(voterCookie)));

    public async Task RecordAsync(string contentItemId, string voterCookie, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        var key = KeyOf(voterCookie);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var vote = await db.Set<HelpfulnessVote>().FirstOrDefaultAsync(v => v.ContentItemId == contentItemId && v.VoterKey == key, cancellationToken);
        if (vote is null)
        {
            vote = new HelpfulnessVote { ContentItemId = contentItemId, VoterKey = key };
            db.Add(vote);
        }

        vote.Helpful = helpful;
        vote.Comment = comment ?? vote.Comment;
        vote.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<bool> HasVotedAsync(string contentItemId, string? voterCookie, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(voterCookie))
        {
            return Task.FromResult(false);
        }

        var key = KeyOf(voterCookie);
        return db.Set<HelpfulnessVote>().AnyAsync(v => v.ContentItemId == contentItemId && v.VoterKey == key, cancellationToken);
    }
}
