using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.Search;
using CivicCrm.Search.Lucene;
using CivicCrm.Search.Lucene.Engine;
using CivicCrm.Search.Lucene.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CivicCrm.Tests.Unit.Search;

/// <summary>
/// The search engine over an in-memory journal and content store, with its indexes in a temporary folder: items of type
/// <c>Doc</c> have a part <c>Doc</c> with Title, Body, Category (keyword) and Audience (keyword), mapped by source paths.
/// </summary>
internal sealed class SearchTestBed : IAsyncDisposable
{
    public const string IndexName = "kb";

    private readonly ServiceProvider _services;
    private readonly bool _ownsFolder;

    private SearchTestBed(string folder, bool ownsFolder, FakeJournal journal, FakeContent content, FakeDefinitions definitions)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
        Journal = journal;
        Content = content;
        Definitions = definitions;
        var services = new ServiceCollection();
        services.AddSingleton<IIndexingJournal>(journal);
        services.AddSingleton<IContentSource>(content);
        services.AddSingleton<ISearchIndexDefinitions>(definitions);
        _services = services.BuildServiceProvider();
        Host = new SearchIndexHost(
            _services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new SearchOptions { IndexPath = folder, NodeName = "test", BatchSize = 50 }),
            new Environment(folder),
            TimeProvider.System,
            NullLogger<SearchIndexHost>.Instance);
        Search = new LuceneSearchService(Host, definitions);
    }

    public string Folder { get; }
    public FakeJournal Journal { get; }
    public FakeContent Content { get; }
    public FakeDefinitions Definitions { get; }
    public SearchIndexHost Host { get; }
    public ISearchService Search { get; }

    public static SearchIndexDefinition Definition(params string[] synonyms) => new()
    {
        Name = IndexName,
        ContentTypes = ["Doc"],
        Analyzer = SearchAnalyzers.English,
        Fields =
        [
            new SearchIndexField("title", "Doc.Title", 4, Stored: true),
            new SearchIndexField("body", "Doc.Body", 1, Stored: true),
            new SearchIndexField("category", "Doc.Category", Stored: true, Kind: SearchIndexFieldKind.Keyword),
            new SearchIndexField("audience", "Doc.Audience", Stored: true, Kind: SearchIndexFieldKind.Keyword),
        ],
        Synonyms = synonyms,
        Stamp = "stamp-1",
    };

    public static SearchTestBed Create(SearchIndexDefinition? definition = null) =>
        new(Path.Combine(Path.GetTempPath(), $"civiccrm-search-{Guid.NewGuid():n}"), true, new FakeJournal(), new FakeContent(),
            new FakeDefinitions(definition ?? Definition("rats, rodents", "street lamp, street light", "trash, garbage, refuse")));

    /// <summary>A second engine over the same folder, journal and content: this node after a restart.</summary>
    public SearchTestBed Restart() => new(Folder, false, Journal, Content, Definitions);

    public void Publish(string id, string title, string body, string category = "General", string audience = "public")
    {
        Content.Items[id] = new ContentItem
        {
            ContentItemId = id,
            ContentType = "Doc",
            DisplayText = title,
            Published = true,
            Content = new JsonObject { ["Doc"] = new JsonObject { ["Title"] = title, ["Body"] = body, ["Category"] = category, ["Audience"] = audience } },
        };
        Journal.Append(id, "Doc", IndexingChange.Update);
    }

    public void Unpublish(string id)
    {
        Content.Items.Remove(id);
        Journal.Append(id, "Doc", IndexingChange.Delete);
    }

    public Task CatchUpAsync() => Search.CatchUpAsync();

    public async Task<SearchResults> FindAsync(string text, int take = 10, string[]? facets = null, Dictionary<string, IReadOnlyList<string>>? filters = null)
    {
        await CatchUpAsync();
        return await Search.SearchAsync(IndexName, new SearchQuery
        {
            Text = text,
            Take = take,
            FacetFields = facets ?? [],
            Filters = filters ?? new Dictionary<string, IReadOnlyList<string>>(),
        });
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await _services.DisposeAsync();
        if (_ownsFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    internal sealed class FakeJournal : IIndexingJournal
    {
        private readonly List<IndexingJournalEntry> _entries = [];

        public List<long> Reads { get; } = [];

        public void Append(string id, string type, IndexingChange change)
        {
            lock (_entries)
            {
                _entries.Add(new IndexingJournalEntry { Id = _entries.Count + 1, ContentItemId = id, ContentType = type, Change = change, CreatedUtc = DateTime.UtcNow });
            }
        }

        public Task<IReadOnlyList<IndexingJournalEntry>> ReadAfterAsync(long cursor, int take, CancellationToken cancellationToken = default)
        {
            lock (_entries)
            {
                Reads.Add(cursor);
                return Task.FromResult<IReadOnlyList<IndexingJournalEntry>>(_entries.Where(e => e.Id > cursor).Take(take).ToList());
            }
        }

        public Task<long> LastIdAsync(CancellationToken cancellationToken = default)
        {
            lock (_entries)
            {
                return Task.FromResult((long)_entries.Count);
            }
        }
    }

    internal sealed class FakeContent : IContentSource
    {
        public Dictionary<string, ContentItem> Items { get; } = [];

        /// <summary>Reading this item fails, as a database or a contributor failing half way through a batch.</summary>
        public string? FailOn { get; set; }

        public int Reads { get; private set; }

        public List<ISearchDocumentContributor> ContributorList { get; } = [];

        public IEnumerable<ISearchDocumentContributor> Contributors => ContributorList;

        public Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken)
        {
            Reads++;
            if (contentItemId == FailOn)
            {
                throw new InvalidOperationException($"Reading {contentItemId} failed.");
            }

            return Task.FromResult(Items.GetValueOrDefault(contentItemId));
        }

        public Task<IReadOnlyList<string>> ListPublishedAsync(IReadOnlyList<string> contentTypes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(Items.Values.Where(i => contentTypes.Contains(i.ContentType)).Select(i => i.ContentItemId).Order().ToList());
    }

    internal sealed class FakeDefinitions(SearchIndexDefinition definition) : ISearchIndexDefinitions
    {
        public List<SearchIndexDefinition> All { get; } = [definition];

        public Task<IReadOnlyList<SearchIndexDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SearchIndexDefinition>>(All.ToList());

        public Task<SearchIndexDefinition?> FindAsync(string name, CancellationToken cancellationToken = default) =>
            Task.FromResult(All.FirstOrDefault(d => d.Name == name));

        public Task<bool> RequestRebuildAsync(string name, CancellationToken cancellationToken = default)
        {
            var index = All.FindIndex(d => d.Name == name);
            if (index >= 0)
            {
                All[index] = All[index] with { Stamp = Guid.NewGuid().ToString("n") };
            }

            return Task.FromResult(index >= 0);
        }
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Test";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
