using System.Text.Json.Nodes;
using CivicCrm.Auditing;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Data;
using CivicCrm.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Unit.Content;

public class ContentManagerTests : IAsyncLifetime
{
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.CreateAsync();
        await _platform.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "Notice",
                Fields =
                [
                    new() { Name = "Body", FieldType = FieldTypes.Markdown, Settings = new() { Required = true } },
                    new() { Name = "Priority", FieldType = FieldTypes.Number, Settings = new() { Min = "1", Max = "5", Default = 3 } },
                ],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "Notice", Parts = [new() { Name = "TitlePart" }, new() { Name = "Notice" }] });
        });
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private Task<T> Contents<T>(Func<IContentManager, Task<T>> action) =>
        _platform.InScopeAsync(sp => action(sp.GetRequiredService<IContentManager>()));

    private Task<ContentItem> CreateAsync(string title, bool publish) => Contents(async contents =>
    {
        var item = await contents.NewAsync("Notice");
        item.Alter<TitlePart>(t => t.Title = title).SetField("Notice", "Body", "Water main repair on Elm St.");
        return await contents.CreateAsync(item, publish);
    });

    [Fact]
    public async Task NewAsync_AppliesFieldDefaults()
    {
        var item = await Contents(c => c.NewAsync("Notice"));

        Assert.Equal(3, item.GetField("Notice", "Priority")!.GetValue<int>());
    }

    [Fact]
    public async Task CreateAsync_Invalid_ReturnsEveryErrorWithItsField()
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Contents(async contents =>
        {
            var item = await contents.NewAsync("Notice");
            item.SetField("Notice", "Priority", 9);
            return await contents.CreateAsync(item, publish: false);
        }));

        Assert.Equal(["Notice.Body", "Notice.Priority", "TitlePart.Title"], error.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EditingPublishedItem_CreatesDraft_PublishedStaysVisibleUntilPublish()
    {
        var v1 = await CreateAsync("Elm St closure", publish: true);

        var draft = await Contents(c => c.SaveDraftAsync(v1.Alter<TitlePart>(t => t.Title = "Elm St closure extended")));

        Assert.NotEqual(v1.ContentItemVersionId, draft.ContentItemVersionId);
        Assert.Equal(2, draft.Number);
        Assert.Equal("Elm St closure", (await Contents(c => c.GetAsync(v1.ContentItemId, VersionOptions.Published)))!.DisplayText);
        Assert.Equal("Elm St closure extended", (await Contents(c => c.GetAsync(v1.ContentItemId, VersionOptions.Latest)))!.DisplayText);

        var published = await Contents(c => c.PublishAsync(draft));

        var versions = await Contents(c => c.GetVersionsAsync(v1.ContentItemId));
        Assert.Equal([(1, false, false), (2, true, true)], versions.Select(v => (v.Number, v.Latest, v.Published)));
        Assert.Equal("Elm St closure extended", published.DisplayText);
    }

    [Fact]
    public async Task SaveDraftAsync_StaleVersion_IsRefusedWithTheCurrentOne()
    {
        var item = await CreateAsync("Leaf pickup", publish: false);
        var first = await Contents(c => c.GetAsync(item.ContentItemId, VersionOptions.Latest));
        var second = await Contents(c => c.GetAsync(item.ContentItemId, VersionOptions.Latest));
        await Contents(c => c.SaveDraftAsync(first!.Alter<TitlePart>(t => t.Title = "Leaf pickup starts Monday")));

        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() =>
            Contents(c => c.SaveDraftAsync(second!.Alter<TitlePart>(t => t.Title = "Leaf pickup cancelled"))));

        Assert.Equal("Leaf pickup starts Monday", conflict.Current!.DisplayText);
        Assert.Equal("Leaf pickup starts Monday", (await Contents(c => c.GetAsync(item.ContentItemId, VersionOptions.Latest)))!.DisplayText);
    }

    [Fact]
    public async Task RestoreAsync_CopiesOldVersionIntoNewDraft()
    {
        var v1 = await CreateAsync("Snow routes", publish: true);
        var v2 = await Contents(c => c.PublishAsync(v1.Alter<TitlePart>(t => t.Title = "Snow routes (updated)")));

        var restored = await Contents(c => c.RestoreAsync(v1.ContentItemVersionId));

        Assert.Equal("Snow routes", restored.DisplayText);
        Assert.Equal(3, restored.Number);
        Assert.False(restored.Published);
        Assert.Equal(v2.ContentItemVersionId, (await Contents(c => c.GetAsync(v1.ContentItemId)))!.ContentItemVersionId);
    }

    [Fact]
    public async Task DiscardDraftAsync_FallsBackToPublished_AndRefusesWithoutOne()
    {
        var v1 = await CreateAsync("Pool hours", publish: true);
        await Contents(c => c.SaveDraftAsync(v1.Alter<TitlePart>(t => t.Title = "Pool hours (draft)")));

        var current = await Contents(c => c.DiscardDraftAsync(v1.ContentItemId));

        Assert.Equal(v1.ContentItemVersionId, current.ContentItemVersionId);
        Assert.True(current.Latest);
        var draftOnly = await CreateAsync("Unpublished idea", publish: false);
        await Assert.ThrowsAsync<ContentStateException>(() => Contents(c => c.DiscardDraftAsync(draftOnly.ContentItemId)));
    }

    [Fact]
    public async Task Saves_FillIndexRows_JournalAndAuditLog_ForLatestAndPublishedOnly()
    {
        var v1 = await CreateAsync("Hydrant flushing", publish: true);
        await Contents(c => c.SaveDraftAsync(v1.Alter<TitlePart>(t => t.Title = "Hydrant flushing (draft)")));
        await Contents(c => c.UnpublishAsync(v1.ContentItemId));

        await _platform.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CivicDbContext>();
            var rows = await db.Set<ContentItemIndex>().Where(i => i.ContentItemId == v1.ContentItemId).ToListAsync();
            var row = Assert.Single(rows);
            Assert.Equal(("Hydrant flushing (draft)", true, false), (row.DisplayText, row.Latest, row.Published));
            var journal = await db.Set<IndexingJournalEntry>().Where(e => e.ContentItemId == v1.ContentItemId).Select(e => e.Change).ToListAsync();
            Assert.Equal([IndexingChange.Update, IndexingChange.Update, IndexingChange.Delete], journal);
            var audit = await db.Set<AuditEntry>().Where(a => a.ContentItemId == v1.ContentItemId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["created", "published", "updated", "unpublished"], audit);
        });
    }

    [Fact]
    public async Task RemoveAsync_HidesEveryVersion_AndDropsIndexRows()
    {
        var item = await CreateAsync("Old notice", publish: true);

        await Contents(async c => { await c.RemoveAsync(item.ContentItemId); return 0; });

        Assert.Null(await Contents(c => c.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        Assert.Single(await Contents(c => c.GetVersionsAsync(item.ContentItemId)));
        Assert.False(await _platform.InScopeAsync(sp =>
            sp.GetRequiredService<CivicDbContext>().Set<ContentItemIndex>().AnyAsync(i => i.ContentItemId == item.ContentItemId)));
    }

    [Fact]
    public async Task FailedSave_InsideUnitOfWork_RollsBackEverything()
    {
        await _platform.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            await using var scope = await sp.GetRequiredService<IUnitOfWork>().BeginAsync();
            var good = await contents.NewAsync("Notice");
            good.Alter<TitlePart>(t => t.Title = "Will be rolled back").SetField("Notice", "Body", "x");
            await contents.CreateAsync(good, publish: true);
            var bad = await contents.NewAsync("Notice");
            await Assert.ThrowsAsync<ContentValidationException>(() => contents.CreateAsync(bad, publish: true));
            // The scope is disposed without CompleteAsync: nothing may remain.
        });

        var count = await _platform.InScopeAsync(sp => sp.GetRequiredService<CivicDbContext>().ContentItems.CountAsync());
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task ContentPicker_RefusesMissingItemsAndWrongTypes()
    {
        await _platform.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "Link",
                Fields = [new() { Name = "Target", FieldType = FieldTypes.ContentPicker, Settings = new() { ContentTypes = ["Page"], Multiple = true } }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "Link", Parts = [new() { Name = "Link" }] });
        });
        var notice = await CreateAsync("Target", publish: true);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Contents(async c =>
        {
            var link = await c.NewAsync("Link");
            link.SetField("Link", "Target", new JsonArray(notice.ContentItemId, "missing0000000000000000000"));
            return await c.CreateAsync(link, publish: true);
        }));

        Assert.Equal(2, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.Equal("Link.Target", e.Path));
    }
}
