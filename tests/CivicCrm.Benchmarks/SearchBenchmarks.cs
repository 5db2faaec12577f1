using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CivicCrm.Indexing;
using CivicCrm.Search;
using CivicCrm.Search.Lucene.Analysis;
using CivicCrm.Search.Lucene.Engine;
using CivicCrm.Search.Lucene.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivicCrm.Benchmarks;

/// <summary>
/// Query latency of the search engine (multi-field boosted query, phrase bonus, highlights, category facets) against
/// raw Lucene.Net on the same index (a BooleanQuery of TermQuery over title and body, top 10, stored fields read), at
/// 10k and 100k knowledge-base items. One query per invocation, cycling through residents' phrasings, so the median
/// and P95 columns are per query. Indexing throughput is measured while the index is built and printed, beside raw
/// Lucene.Net indexing the same items into a plain index.
/// </summary>
[MedianColumn, Config(typeof(LatencyConfig))]
public class SearchBenchmarks
{
    private static readonly SearchIndexDefinition Definition = new()
    {
        Name = "bench",
        ContentTypes = ["Article"],
        Analyzer = SearchAnalyzers.English,
        Fields =
        [
            new SearchIndexField("title", "Kb.Title", 4, Stored: true),
            new SearchIndexField("summary", "Kb.Summary", 2, Stored: true),
            new SearchIndexField("body", "Kb.Body", 1, Stored: true),
            new SearchIndexField("category", "Kb.Category", Stored: true, Kind: SearchIndexFieldKind.Keyword),
        ],
        Synonyms = ["rats, rodents, mice", "trash, garbage, refuse", "street light, street lamp", "pothole, pot hole"],
        Stamp = "bench",
    };

    private LuceneIndex _index = null!;
    private string _folder = "";
    private int _next;

    [Params(10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public async Task BuildIndexAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"civiccrm-bench-search-{Items}-{Guid.NewGuid():n}");
        _index = LuceneIndex.Open(_folder, Definition);
        var articles = KbArticles.Load();
        var clock = Stopwatch.StartNew();
        foreach (var item in KbArticles.Variants(articles, Items))
        {
            var context = await SearchDocumentBuilder.DescribeAsync(Definition, item, [], CancellationToken.None);
            _index.Writer.UpdateDocument(new Term(LuceneIndex.IdField, item.ContentItemId), SearchDocumentBuilder.Build(_index, context));
        }

        _index.Commit(Items);
        clock.Stop();
        Console.WriteLine($"// Indexing: {Items:N0} items in {clock.Elapsed.TotalSeconds:F1} s = {Items / clock.Elapsed.TotalSeconds:N0} items/s (engine pipeline: mapping, analysis with synonyms, commit)");
        var raw = RawIndexing(articles);
        Console.WriteLine($"// Indexing baseline: {Items:N0} items in {raw.TotalSeconds:F1} s = {Items / raw.TotalSeconds:N0} items/s (raw Lucene.Net: EnglishAnalyzer, the same fields as plain TextField/StringField, one commit)");
    }

    /// <summary>The same items into a plain Lucene index (no synonyms, n-grams, doc values or stored JSON): the baseline.</summary>
    private TimeSpan RawIndexing(IReadOnlyList<KbArticles.Article> articles)
    {
        var folder = _folder + "-raw";
        var clock = Stopwatch.StartNew();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var analyzer = new Lucene.Net.Analysis.En.EnglishAnalyzer(LanguageAnalyzer.Version))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzer.Version, analyzer)))
        {
            foreach (var item in KbArticles.Variants(articles, Items))
            {
                var document = new Lucene.Net.Documents.Document
                {
                    new Lucene.Net.Documents.StringField("id", item.ContentItemId, Lucene.Net.Documents.Field.Store.YES),
                };
                foreach (var field in Definition.Fields)
                {
                    foreach (var value in SearchDocumentBuilder.ValuesOf(item, field.Source!))
                    {
                        document.Add(field.Kind == SearchIndexFieldKind.Keyword
                            ? new Lucene.Net.Documents.StringField(field.Name, value, Lucene.Net.Documents.Field.Store.YES)
                            : new Lucene.Net.Documents.TextField(field.Name, value, Lucene.Net.Documents.Field.Store.YES));
                    }
                }

                writer.UpdateDocument(new Term("id", item.ContentItemId), document);
            }

            writer.Commit();
        }

        clock.Stop();
        Directory.Delete(folder, recursive: true);
        return clock.Elapsed;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Retire(deleteFiles: true);
    }

    private string NextQuery() => KbArticles.Queries[_next++ % KbArticles.Queries.Length];

    [Benchmark(Baseline = true, Description = "raw Lucene: BooleanQuery of TermQuery, top 10")]
    public int RawLucene()
    {
        var searcher = _index.Searchers.Acquire();
        try
        {
            var query = new BooleanQuery();
            foreach (var word in IndexAnalyzers.Terms(_index.Analyzers.Query, "body", NextQuery()))
            {
                query.Add(new TermQuery(new Term("title", word)), Occur.SHOULD);
                query.Add(new TermQuery(new Term("body", word)), Occur.SHOULD);
            }

            var top = searcher.Search(query, 10);
            var read = 0;
            foreach (var hit in top.ScoreDocs)
            {
                read += searcher.Doc(hit.Doc).Fields.Count;
            }

            return read;
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    [Benchmark(Description = "engine: boosts, phrase bonus, fallbacks, highlights, facets")]
    public int Engine()
    {
        var searcher = _index.Searchers.Acquire();
        try
        {
            var results = LuceneSearchService.Search(_index, searcher, new SearchQuery { Text = NextQuery(), Take = 10, FacetFields = ["category"] });
            return results.Hits.Count;
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }
}
