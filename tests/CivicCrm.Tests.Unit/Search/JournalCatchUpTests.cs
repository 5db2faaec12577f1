using CivicCrm.Indexing;

namespace CivicCrm.Tests.Unit.Search;

public class JournalCatchUpTests
{
    [Fact]
    public async Task CrashInTheMiddleOfABatch_NothingOfItIsCommitted_AndTheRetryAppliesEachItemOnce()
    {
        await using var bed = SearchTestBed.Create();
        bed.Publish("a", "Alpha pothole", "one");
        bed.Publish("b", "Bravo pothole", "two");
        bed.Publish("c", "Charlie pothole", "three");
        bed.Publish("d", "Delta pothole", "four");
        bed.Content.FailOn = "c";

        var during = await bed.FindAsync("pothole");

        // a and b were written before c failed, but never committed: the batch is dropped whole.
        Assert.Equal(0, during.Total);
        Assert.Equal(SearchIndexState.Failing, bed.Host.ActivityOf(SearchTestBed.IndexName).State);
        var lease = bed.Host.Lease(SearchTestBed.IndexName)!;
        Assert.Equal(0, lease.Cursor);
        lease.EndLease();

        bed.Content.FailOn = null;
        var after = await bed.FindAsync("pothole");

        Assert.Equal(["a", "b", "c", "d"], after.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal(SearchIndexState.Ready, bed.Host.ActivityOf(SearchTestBed.IndexName).State);
    }

    [Fact]
    public async Task CrashBeforeTheCommit_RestartReappliesFromTheCommittedCursor_Idempotently()
    {
        await using var bed = SearchTestBed.Create();
        bed.Publish("a", "Alpha pothole", "one");
        await bed.CatchUpAsync();
        bed.Publish("b", "Bravo pothole", "two");
        bed.Publish("a", "Alpha pothole again", "edited");

        // The node dies after writing the batch to its writer but before committing it.
        var index = bed.Host.Lease(SearchTestBed.IndexName)!;
        var source = bed.Content;
        await CivicCrm.Search.Lucene.Engine.JournalApplier.ApplyAsync(index, source, "b", delete: false, CancellationToken.None);
        await CivicCrm.Search.Lucene.Engine.JournalApplier.ApplyAsync(index, source, "a", delete: false, CancellationToken.None);
        index.EndLease();
        bed.Host.Dispose();

        await using var restarted = bed.Restart();
        var results = await restarted.FindAsync("pothole");

        Assert.Equal(1, restarted.Journal.Reads[^2]);
        Assert.Equal(["a", "b"], results.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal("Alpha pothole again", results.Hits.Single(h => h.ContentItemId == "a").Stored["title"]);
    }

    [Fact]
    public async Task AppliedTwice_TheSameEntries_GiveOneDocumentPerItem()
    {
        await using var bed = SearchTestBed.Create();
        bed.Publish("a", "Alpha pothole", "one");
        await bed.CatchUpAsync();
        var index = bed.Host.Lease(SearchTestBed.IndexName)!;
        await CivicCrm.Search.Lucene.Engine.JournalApplier.ApplyAsync(index, bed.Content, "a", delete: false, CancellationToken.None);
        await CivicCrm.Search.Lucene.Engine.JournalApplier.ApplyAsync(index, bed.Content, "a", delete: false, CancellationToken.None);
        index.Commit(index.Cursor);
        index.EndLease();

        Assert.Equal(1, (await bed.FindAsync("pothole")).Total);
    }

    [Fact]
    public async Task Restart_ResumesAfterTheCommittedCursor_WithoutReadingOldEntries()
    {
        await using var bed = SearchTestBed.Create();
        bed.Publish("a", "Alpha", "one");
        bed.Publish("b", "Bravo", "two");
        await bed.CatchUpAsync();
        bed.Host.Dispose();
        bed.Publish("c", "Charlie", "three");

        await using var restarted = bed.Restart();
        var readsBefore = restarted.Content.Reads;
        var results = await restarted.FindAsync("charlie");

        Assert.Equal(2, restarted.Journal.Reads.First(r => r > 0));
        Assert.Equal(1, restarted.Content.Reads - readsBefore);
        Assert.Equal("c", Assert.Single(results.Hits).ContentItemId);
    }

    [Fact]
    public async Task DeleteAndUnpublish_RemoveTheDocument()
    {
        await using var bed = SearchTestBed.Create();
        bed.Publish("a", "Alpha pothole", "one");
        bed.Publish("b", "Bravo pothole", "two");
        Assert.Equal(2, (await bed.FindAsync("pothole")).Total);

        bed.Unpublish("a");

        Assert.Equal("b", Assert.Single((await bed.FindAsync("pothole")).Hits).ContentItemId);
    }

    [Fact]
    public async Task ChangedDefinition_IsRebuiltInTheBackground_AndSwappedInWhenDone()
    {
        await using var bed = SearchTestBed.Create(SearchTestBed.Definition());
        bed.Publish("a", "Rodent control", "bait");
        Assert.Empty((await bed.FindAsync("rats")).Hits);

        bed.Definitions.All[0] = SearchTestBed.Definition("rats, rodents") with { Stamp = "stamp-2" };
        await bed.CatchUpAsync();
        var activity = bed.Host.ActivityOf(SearchTestBed.IndexName);
        for (var i = 0; i < 200 && activity.Rebuilding; i++)
        {
            await Task.Delay(25);
        }

        Assert.False(activity.Rebuilding);
        Assert.Equal((1, 1), (activity.RebuildDone, activity.RebuildTotal));
        Assert.Equal("a", Assert.Single((await bed.FindAsync("rats")).Hits).ContentItemId);
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(bed.Folder, SearchTestBed.IndexName)));
    }
}
