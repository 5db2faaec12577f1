using Npgsql;

namespace CivicCrm.Tests.Support;

/// <summary>
/// A fresh database per test class: a SQLite file by default, or a new PostgreSQL database when the test script
/// sets CIVICCRM_TEST_DATABASE=Postgres and CIVICCRM_TEST_POSTGRES (a server connection string).
/// </summary>
public sealed class TestDatabase
{
    private TestDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DropAsync = drop;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public Func<Task> DropAsync { get; }

    public static TestDatabase Create()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CIVICCRM_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return CreatePostgres(Environment.GetEnvironmentVariable("CIVICCRM_TEST_POSTGRES")
                ?? throw new InvalidOperationException("CIVICCRM_TEST_POSTGRES must hold the PostgreSQL server connection string."));
        }

        var file = Path.Combine(Path.GetTempPath(), $"civiccrm-it-{Guid.NewGuid():n}.db");
        return new TestDatabase("Sqlite", $"Data Source={file}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>A new PostgreSQL database on the given server (whatever CIVICCRM_TEST_DATABASE says), e.g. for several nodes.</summary>
    public static TestDatabase CreatePostgres(string server)
    {
        var name = $"civiccrm_test_{Guid.NewGuid():n}";
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        // Created here, as a DBA would: EF's own create logs a connection error while probing for it.
        Execute(server, $"CREATE DATABASE \"{name}\"");
        return new TestDatabase("Postgres", connection, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            return Task.CompletedTask;
        });
    }

    private static void Execute(string server, string sql)
    {
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }
}
