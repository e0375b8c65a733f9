using System.ComponentModel.DataAnnotations;

namespace OpenChorus.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database": which store, and how to reach it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to <c>Data Source=data/openchorus.db</c>; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the application starts.</summary>
    public bool MigrateAtStartup { get; set; } = true;

    [Range(1, 1000)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}
