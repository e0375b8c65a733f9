using Npgsql;

namespace OpenChorus.Testing;

/// <summary>
/// A private database per test application: a SQLite file by default, or a fresh PostgreSQL database when
/// OPENCHORUS_TEST_POSTGRES holds a server connection string (the PostgreSQL lane of scripts/test.sh).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "OPENCHORUS_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    public TestDatabase()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"openchorus-test-{Guid.NewGuid():N}.db");
            Provider = "Sqlite";
            ConnectionString = $"Data Source={_sqliteFile};Pooling=False";
            return;
        }

        _databaseName = $"oc_test_{Guid.NewGuid():N}";
        Provider = "Postgres";
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName }.ConnectionString;
    }

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public string Provider { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_serverConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
