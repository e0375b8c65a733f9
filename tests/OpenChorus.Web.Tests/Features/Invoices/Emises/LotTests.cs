using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>A zip lot of structured invoices: each checked and sent on its own, the summary says which were sent and why
/// the others were refused.</summary>
public sealed class LotTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private EmisesWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Lot_SendsTheGoodInvoicesAndListsWhyTheOthersAreRefused()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var zip = EmisesSamples.Zip(
            ("lot/f1.xml", EmisesSamples.Ubl(_w.Number("L1"), _w.SupplierSiret, _w.RecipientSiret)),
            ("lot/f2.xml", EmisesSamples.Cii(_w.Number("L2"), _w.RecipientSiret)),
            ("lot/f3.xml", EmisesSamples.Ubl(_w.Number("L3"), _w.SupplierSiret, _w.RecipientSiret, payable: "999.00")),
            ("lot/f4.xml", EmisesSamples.Ubl(_w.Number("L4"), _w.SupplierSiret, _w.RecipientSiret, buyerReference: "FINANCES")),
            ("lot/f5.xml", EmisesSamples.Ubl(_w.Number("L1"), _w.SupplierSiret, _w.RecipientSiret)),
            ("lot/lisez-moi.txt", Encoding.UTF8.GetBytes("bonjour")));

        var summary = await portal.UploadAsync("lot.zip", zip);

        Assert.Contains("Lot déposé : 2 facture(s) envoyée(s) sur 6", summary.MainText());
        var rows = summary.QuerySelectorAll("#resultat-lot tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Envoyée", rows[0]);
        Assert.Contains("Envoyée", rows[1]);
        Assert.Contains("BR-CO-16", rows[2]);
        Assert.Contains("Le service FINANCES de ce destinataire exige un numéro d'engagement.", rows[3]);
        Assert.Contains(InvoiceNumbers.Duplicate, rows[4]);
        Assert.Contains("n'est pas une facture reconnue", rows[5]);
        var sent = await app.WithDbAsync(db => db.Invoices.Where(i => i.SupplierStructureId == _w.Supplier).Select(i => new { i.Number, i.Status }).ToListAsync());
        Assert.Equal([(_w.Number("L1"), InvoiceStatus.MiseADisposition), (_w.Number("L2"), InvoiceStatus.MiseADisposition)],
            sent.OrderBy(s => s.Number, StringComparer.Ordinal).Select(s => (s.Number, s.Status)));
    }

    [Fact]
    public async Task Lot_Damaged_IsRefusedWhole()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var damaged = EmisesSamples.Zip(("f1.xml", EmisesSamples.Ubl(_w.Number("LD"), _w.SupplierSiret, _w.RecipientSiret)))[..40];

        var page = await portal.UploadAsync("lot.zip", damaged);

        Assert.Contains("endommagée", page.Errors());
        Assert.Equal(0, await app.WithDbAsync(db => db.Invoices.CountAsync(i => i.SupplierStructureId == _w.Supplier)));
    }
}
