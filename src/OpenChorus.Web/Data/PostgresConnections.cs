using System.Data.Common;
using Npgsql;

namespace OpenChorus.Web.Data;

/// <summary>
/// Connection settings the application's use of PostgreSQL allows, applied unless the operator's connection string
/// says otherwise. A unit of work opens and closes its pooled connection around each command, so by default every
/// command paid an extra round trip (<c>DISCARD ALL</c>) that also threw away the prepared statements. Nothing here
/// keeps session state (no <c>SET</c>, temporary table, advisory lock or <c>LISTEN</c>: locks are row locks inside
/// transactions), so the reset is not needed, and the statements run on every request stay prepared.
/// </summary>
public static class PostgresConnections
{
    public static string Tune(string connectionString)
    {
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!written.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
