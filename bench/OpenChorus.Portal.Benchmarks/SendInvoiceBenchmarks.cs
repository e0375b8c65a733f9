using BenchmarkDotNet.Attributes;
using OpenChorus.Benchmarks;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// A supplier sends a 10-line UBL invoice through the portal, as in the browser: "Dépôt" of the file (recognised,
/// read, validated against EN 16931, rendered to PDF), the form step with the routing, "Valider et envoyer", then
/// "Confirmer et envoyer" and the invoice page it lands on — four requests, one operation, on the database that holds
/// 1,000,000 invoices.
/// </summary>
[Config(typeof(PerRequestConfig))]
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes what GlobalSetup created.
public class SendInvoiceBenchmarks
#pragma warning restore CA1001
{
    private PortalHost _host = null!;
    private HttpClient _supplier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new PortalHost();
        MillionInvoices.EnsureAsync(_host.Services).GetAwaiter().GetResult();
        _supplier = SignedInClient.CreateAsync(_host, MillionInvoices.SupplierEmail, MillionInvoices.Password).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _supplier.Dispose();
        _host.Dispose();
    }

    [Benchmark]
    public async Task<int> SendTenLineUbl()
    {
        var number = "B" + Guid.NewGuid().ToString("N")[..19];
        var upload = await _supplier.GetPageAsync("/factures-emises/depot");
        var form = await _supplier.SubmitAsync(upload, "#depot-fichier", new Dictionary<string, string> { ["action"] = "lire" }, ("file", "facture.xml", LargeInvoice.Ubl(10, number)), "/factures-emises/depot");
        var confirmation = await _supplier.SubmitAsync(form, "#depot-formulaire", new Dictionary<string, string>
        {
            ["action"] = "valider",
            ["Form.RecipientSiret"] = MillionInvoices.BigRecipientSiret,
            ["Form.ServiceCode"] = "FINANCES",
        });
        var sent = await _supplier.SubmitAsync(confirmation, "#confirmer-envoi", new Dictionary<string, string> { ["action"] = "confirmer" });
        var text = sent.Body?.TextContent ?? "";
        return text.Contains($"La facture n° {number} est validée", StringComparison.Ordinal)
            ? text.Length
            : throw new InvalidOperationException("Not sent: " + text[..Math.Min(3000, text.Length)]);
    }
}
