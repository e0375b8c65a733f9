using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Data;

public static class DatabaseExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/openchorus.db";

    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider (SQLite by default, PostgreSQL in
    /// production). Contexts are pooled: their options are built once, not on every request (the context keeps no
    /// state of its own beyond EF's, which the pool resets).</summary>
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString est obligatoire quand Database:Provider vaut Postgres.")
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = PostgresConnections.Tune(options.ConnectionString!);
            builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(
                connectionString,
                npgsql => npgsql.CommandTimeout(options.CommandTimeoutSeconds)
                    .MigrationsHistoryTable("__EFMigrationsHistory")));
        }
        else
        {
            var connectionString = options.ConnectionString ?? DefaultSqliteConnectionString;
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(
                connectionString,
                sqlite => sqlite.CommandTimeout(options.CommandTimeoutSeconds)));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Applies pending migrations (creating the SQLite folder if needed) when the settings ask for it.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateAtStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets the portal read while a worker writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
