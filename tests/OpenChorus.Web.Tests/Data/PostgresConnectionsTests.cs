using Npgsql;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Tests.Data;

/// <summary>The connection settings the application applies for PostgreSQL, and the operator's word over them.</summary>
public sealed class PostgresConnectionsTests
{
    [Fact]
    public void Connections_skip_the_reset_round_trip_and_keep_prepared_statements_by_default()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnections.Tune("Host=db;Database=openchorus;Username=app"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("openchorus", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;MaxAutoPrepare=0")]
    public void What_the_operator_wrote_is_kept(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnections.Tune(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
