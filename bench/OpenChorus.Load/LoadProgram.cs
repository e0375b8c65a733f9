using System.Globalization;

namespace OpenChorus.Load;

/// <summary>
/// HTTP load on the Chorus Pro API's flux pipeline, the servers being separate processes on PostgreSQL (issue 6): a
/// fresh database, provisioned by the application's own use cases; <c>--nodes</c> published OpenChorus.Web processes
/// in Production; an ERP that takes a token and deposits 10-line UBL invoices over HTTP at a fixed rate; the report;
/// exit code 1 when an accepted flux is lost or duplicated. See <see cref="LoadOptions.Usage"/> and README.md.
/// </summary>
public static class LoadProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine(LoadOptions.Usage);
            return 0;
        }

        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(LoadOptions.Usage);
            return 2;
        }

        var database = new LoadDatabase(options.Postgres);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "openchorus-load", database.Name)).FullName;
        var serverDll = options.ServerDll;
        if (serverDll is null)
        {
            Console.WriteLine("Publishing src/OpenChorus.Web (Release)…");
            serverDll = await ServerNodes.PublishAsync(Path.Combine(Path.GetTempPath(), "openchorus-load", "server"));
        }

        Console.WriteLine($"Database {database.Name}; server {serverDll}; node logs in {folder}");
        await database.CreateAsync();
        try
        {
            var world = await LoadWorld.ProvisionAsync(database.ConnectionString(10));
            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = int.MaxValue,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(5),
            };
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            await using var nodes = new ServerNodes(options, serverDll, database.ConnectionString(), folder);
            await nodes.StartAllAsync(http);
            var deposits = new Deposits(http, world, options.PerFlux);
            await deposits.AuthenticateAsync(nodes.Address(0));
            var loadBefore = Report.LoadAverage();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Nodes} node(s) ready; {options.Mode}: {options.RequestsPerSecond:F1} flux/s × {options.PerFlux} invoice(s), {options.Warmup.TotalSeconds:F0} s warm-up + {options.Duration.TotalSeconds:F0} s"));
            var run = await new LoadRun(options, database, nodes, deposits).RunAsync();
            var report = Report.Write(options, run, loadBefore, Report.LoadAverage());
            Console.WriteLine();
            Console.WriteLine(report);
            await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), report);
            return run.Check is { Passed: false } ? 1 : 0;
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"Database {database.Name} kept.");
            }
            else
            {
                await database.DropAsync();
            }
        }
    }
}
