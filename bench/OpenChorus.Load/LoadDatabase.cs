using System.Globalization;
using Npgsql;

namespace OpenChorus.Load;

/// <summary>The run's own database on the given PostgreSQL server, and the plain SQL the tool reads it with (the counts
/// during the run and the integrity check at the end): the measure never goes through the servers under test.</summary>
public sealed class LoadDatabase(string server)
{
    public string Name { get; } = "openchorus_load_" + DateTime.UtcNow.ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture);

    public string ConnectionString(int maxPool = 100) => new NpgsqlConnectionStringBuilder(server) { Database = Name, MaxPoolSize = maxPool }.ConnectionString;

    private string Maintenance => new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;

    public async Task CreateAsync()
    {
        await ExecuteAsync(Maintenance, $"CREATE DATABASE \"{Name}\"");
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(Maintenance, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    /// <summary>Flux rows, those in a final state, and the invoices created from flux, now.</summary>
    public async Task<Progress> ProgressAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString(4));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM "FluxDepots"),
                   (SELECT count(*) FROM "FluxDepots" WHERE "State" IN ('IN_INTEGRE', 'IN_INTEGRE_PARTIEL', 'IN_REJETE')),
                   (SELECT count(*) FROM "Invoices" WHERE "FluxDepotId" IS NOT NULL)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Progress(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Every flux row: its state, the invoices created from it, and the final-state webhook events queued for it.</summary>
    public async Task<IReadOnlyDictionary<long, FluxRow>> FluxRowsAsync()
    {
        var rows = new Dictionary<long, FluxRow>();
        await using var connection = new NpgsqlConnection(ConnectionString(4));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH invoices AS (SELECT "FluxDepotId" AS id, count(*) AS n FROM "Invoices" WHERE "FluxDepotId" IS NOT NULL GROUP BY 1),
                 events AS (SELECT "Payload"::jsonb #>> '{data,numeroFluxDepot}' AS number, count(*) AS n
                            FROM "WebhookDeliveries" WHERE "EventType" LIKE 'flux.%' GROUP BY 1)
            SELECT f."Id", f."State", f."Attempts", coalesce(i.n, 0), coalesce(e.n, 0)
            FROM "FluxDepots" f
            LEFT JOIN invoices i ON i.id = f."Id"
            LEFT JOIN events e ON e.number = 'CPP001' || f."InterfaceCode" || lpad(f."Id"::text, 15, '0')
            """, connection);
        command.CommandTimeout = 600;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0)] = new FluxRow(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4));
        }

        return rows;
    }

    /// <summary>Invoice numbers present more than once for the supplier (the platform's own rule forbids it).</summary>
    public async Task<long> DuplicateNumbersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString(4));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM (SELECT 1 FROM "Invoices" GROUP BY "SupplierStructureId", "Number" HAVING count(*) > 1) d
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A count of the database during the run.</summary>
public sealed record Progress(long Flux, long FinalFlux, long Invoices)
{
    public long Pending => Flux - FinalFlux;
}

/// <summary>One flux as the database has it at the end.</summary>
public sealed record FluxRow(string State, int Attempts, long Invoices, long FinalEvents)
{
    public bool IsFinal => State is "IN_INTEGRE" or "IN_INTEGRE_PARTIEL" or "IN_REJETE";
}
