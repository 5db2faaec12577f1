using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CivicCrm.Indexing;
using CivicCrm.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// One copy of one index on this node's disk: a writer, a near-real-time searcher and the journal cursor, which is
/// committed with the documents (commit user data) so that the cursor never runs ahead of what the index holds.
/// Searches lease it; a copy replaced by a rebuild is closed once the last lease ends.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    public const string IdField = "_id";
    public const string TypeField = "_type";
    public const string SuggestField = "_suggest";

    private const string CursorKey = "cursor";
    private const string StampKey = "stamp";
    private const string FieldsKey = "textFields";

    private readonly Directory _directory;
    private readonly ConcurrentDictionary<string, float> _textFields;
    private readonly object _leaseLock = new();
    private int _leases;
    private bool _retired;
    private bool _disposed;
    private bool _deleteOnDispose;

    private LuceneIndex(string path, SearchIndexDefinition definition, Directory directory, IndexWriter writer, IndexAnalyzers analyzers)
    {
        Path = path;
        Definition = definition;
        _directory = directory;
        Writer = writer;
        Analyzers = analyzers;
        var data = writer.CommitData;
        Cursor = data.TryGetValue(CursorKey, out var cursor) ? long.Parse(cursor, CultureInfo.InvariantCulture) : 0;
        Stamp = data.TryGetValue(StampKey, out var stamp) ? stamp : definition.Stamp;
        _textFields = new ConcurrentDictionary<string, float>(
            data.TryGetValue(FieldsKey, out var fields) ? JsonSerializer.Deserialize<Dictionary<string, float>>(fields) ?? [] : [],
            StringComparer.Ordinal);
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public string Path { get; }

    /// <summary>The definition this copy was opened for (its analyzers follow the stamp the copy was built with).</summary>
    public SearchIndexDefinition Definition { get; private set; }

    /// <summary>The definition stamp the documents were built with.</summary>
    public string Stamp { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    public IndexAnalyzers Analyzers { get; }

    /// <summary>The last journal entry committed into this copy.</summary>
    public long Cursor { get; private set; }

    /// <summary>Analyzed fields seen in documents, with the boost a query gives them (the definition's, else the contributor's).</summary>
    public IReadOnlyDictionary<string, float> TextFields => _textFields;

    /// <summary>Opens the copy in <paramref name="path"/>, creating an empty one (cursor 0) for <paramref name="definition"/> when there is none.</summary>
    public static LuceneIndex Open(string path, SearchIndexDefinition definition)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        var analyzers = IndexAnalyzers.For(definition);
        // Titles for completion are kept unstemmed; every other field gets the language analyzer with synonyms.
        var perField = new PerFieldAnalyzerWrapper(analyzers.Index, new Dictionary<string, Analyzer> { [SuggestField] = analyzers.Suggest });
        var config = new IndexWriterConfig(LanguageAnalyzer.Version, perField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        var writer = new IndexWriter(directory, config);
        var created = writer.CommitData.Count == 0;
        var index = new LuceneIndex(path, definition, directory, writer, analyzers);
        if (created)
        {
            index.Commit(0);
        }

        return index;
    }

    /// <summary>Whether the documents were built with this definition's stamp (else the copy must be rebuilt).</summary>
    public bool Matches(SearchIndexDefinition definition) => Stamp == definition.Stamp;

    public void Use(SearchIndexDefinition definition) => Definition = definition;

    public void NoteTextField(string name, float boost) => _textFields.TryAdd(name, boost);

    public float BoostOf(string field) =>
        Definition.Field(field) is { Kind: SearchIndexFieldKind.Text } declared ? declared.Boost
            : _textFields.TryGetValue(field, out var boost) ? boost : 1f;

    /// <summary>Commits the changes made so far with the journal position they reach, then shows them to searches.</summary>
    public void Commit(long cursor)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [StampKey] = Stamp,
            [FieldsKey] = JsonSerializer.Serialize(_textFields.ToDictionary(p => p.Key, p => p.Value)),
        });
        Writer.Commit();
        Cursor = cursor;
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Searches (and other readers) hold a lease while they use the copy.</summary>
    public bool TryLease()
    {
        lock (_leaseLock)
        {
            if (_retired)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    public void EndLease()
    {
        bool dispose;
        lock (_leaseLock)
        {
            _leases--;
            dispose = _retired && _leases == 0;
        }

        if (dispose)
        {
            Dispose();
        }
    }

    /// <summary>No new leases; closed when the last one ends (or now), and its folder deleted when asked.</summary>
    public void Retire(bool deleteFiles)
    {
        bool dispose;
        lock (_leaseLock)
        {
            _retired = true;
            _deleteOnDispose = deleteFiles;
            dispose = _leases == 0;
        }

        if (dispose)
        {
            Dispose();
        }
    }

    /// <summary>Drops every change since the last commit (a batch that failed half way); the copy must be opened again.</summary>
    public void Abandon()
    {
        lock (_leaseLock)
        {
            _retired = true;
        }

        Dispose();
    }

    public void Dispose()
    {
        lock (_leaseLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        Searchers.Dispose();
        // Closing without a commit: changes not committed yet are dropped, as after a crash.
        Writer.Rollback();
        Analyzers.Dispose();
        _directory.Dispose();
        if (_deleteOnDispose)
        {
            TryDelete(Path);
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open elsewhere; the next start removes the leftover folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
