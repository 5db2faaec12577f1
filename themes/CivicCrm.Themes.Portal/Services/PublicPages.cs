using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.Themes.Portal.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Themes.Portal.Services;

/// <summary>
/// The city's pages that residents may read: published items of the <c>Page</c> type whose audience is
/// <c>public</c>. Staff-only (internal) and unpublished pages never leave here.
/// </summary>
public sealed class PublicPages(DbContext db, IContentManager contents)
{
    public const string ContentType = "Page";

    /// <summary>The home page lists at most this many pages.</summary>
    public const int MaxListed = 50;

    public async Task<IReadOnlyList<PageSummary>> ListAsync(CancellationToken cancellationToken)
    {
        // The index finds the published pages; the audience is a field of the document, checked per item.
        var ids = await db.Set<ContentItemIndex>().AsNoTracking()
            .Where(i => i.Published && i.ContentType == ContentType)
            .OrderBy(i => i.DisplayText)
            .Select(i => i.ContentItemId)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);

        var pages = new List<PageSummary>();
        foreach (var id in ids.Distinct())
        {
            if (await GetAsync(id, cancellationToken) is { } page)
            {
                pages.Add(new PageSummary(page.ContentItemId, page.DisplayText, Text(page, "Summary")));
            }
        }

        return pages;
    }

    /// <summary>The published version of a public page, or null when there is none.</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        return item is { ContentType: ContentType } && Text(item, "Audience") == "public" ? item : null;
    }

    public static string? Text(ContentItem page, string field) =>
        page.GetField(ContentType, field) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
