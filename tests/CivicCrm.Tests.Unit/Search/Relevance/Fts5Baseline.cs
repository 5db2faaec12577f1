using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CivicCrm.Tests.Unit.Search.Relevance;

/// <summary>
/// The baseline: SQLite FTS5 with its Porter tokenizer and BM25 ranking over the same fields with the same weights,
/// a query matching any of its words (FTS5 has no synonyms, typo tolerance or phrase bonus).
/// </summary>
internal sealed partial class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Fts5Baseline(IReadOnlyList<KbItem> items, (float Title, float Summary, float Body, float Tags) weights)
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE kb USING fts5(external_id UNINDEXED, title, summary, body, tags, tokenize = 'porter unicode61')");
        foreach (var item in items)
        {
            using var insert = _connection.CreateCommand();
            insert.CommandText = "INSERT INTO kb (external_id, title, summary, body, tags) VALUES ($id, $title, $summary, $body, $tags)";
            insert.Parameters.AddWithValue("$id", item.ExternalId);
            insert.Parameters.AddWithValue("$title", item.Title);
            insert.Parameters.AddWithValue("$summary", item.Summary);
            insert.Parameters.AddWithValue("$body", item.Body);
            insert.Parameters.AddWithValue("$tags", item.Tags);
            insert.ExecuteNonQuery();
        }

        _weights = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0, {weights.Title}, {weights.Summary}, {weights.Body}, {weights.Tags}");
    }

    private readonly string _weights;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public IReadOnlyList<string> Rank(string query)
    {
        var words = Word().Matches(query).Select(m => $"\"{m.Value.ToLowerInvariant()}\"").Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT external_id FROM kb WHERE kb MATCH $query ORDER BY bm25(kb, {_weights}) LIMIT 10";
        command.Parameters.AddWithValue("$query", string.Join(" OR ", words));
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
