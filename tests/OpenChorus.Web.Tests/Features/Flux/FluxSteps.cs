using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.FacturX;
using OpenChorus.Web.Features.Flux;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Features.Invoices.Emises;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Flux;

/// <summary>Deposits flux through the real use case, runs the processors by hand (the background one is off in these
/// classes) and reads the comptes rendus.</summary>
internal static class FluxSteps
{
    public const string Ubl = "IN_DP_E1_UBL_INVOICE";
    public const string Cii = "IN_DP_E1_CII_16B";
    public const string FacturX = "IN_DP_E2_CII_FACTURX";

    /// <summary>Switches the background processor off: the tests drive <see cref="FluxProcessor.ProcessPendingAsync"/>.</summary>
    public static void DriveProcessorsByHand(this TestApp app) => app.Settings["Flux:IntervalMilliseconds"] = "0";

    public static async Task<FluxAcceptance> DepositAsync(this TestApp app, Guid userId, int structureId, string fileName, byte[] content, string syntax)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FluxDeposits>()
            .AcceptAsync(userId, structureId, fileName, content, syntax, false, CancellationToken.None);
    }

    public static async Task<string> DepositOkAsync(this TestApp app, EmisesWorld w, string fileName, byte[] content, string syntax = Ubl)
    {
        var accepted = await app.DepositAsync(w.SupplierUser, w.Supplier, fileName, content, syntax);
        Assert.True(accepted.Accepted, accepted.Refusal?.Message);
        return accepted.Number!;
    }

    public static Task<int> ProcessFluxAsync(this TestApp app) =>
        app.Services.GetRequiredService<FluxProcessor>().ProcessPendingAsync();

    public static async Task<FluxReport> ReportAsync(this TestApp app, Guid userId, string number)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (lookup, report) = await scope.ServiceProvider.GetRequiredService<FluxReports>().FindAsync(userId, number, CancellationToken.None);
        Assert.Equal(FluxLookup.Found, lookup);
        return report!;
    }

    public static Task<List<Invoice>> InvoicesOfFluxAsync(this TestApp app, string number) =>
        app.WithDbAsync(db => db.Invoices.AsNoTracking().Where(i => i.FluxDepotId == FluxDepot.IdOf(number)).OrderBy(i => i.Number).ToListAsync());

    public static byte[] FacturXPdf(string number, string buyerSiret) =>
        FacturXWriter.Write(EmisesSamples.Cii(number, buyerSiret), FacturXProfile.En16931);

    public static byte[] TarGz(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }

        return buffer.ToArray();
    }
}
