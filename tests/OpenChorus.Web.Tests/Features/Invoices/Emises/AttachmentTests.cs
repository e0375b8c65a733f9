using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>Pièces jointes at deposit (DOMAIN.md §3.3): allowed extensions, names, sizes; the 120 MB cap.</summary>
public sealed class AttachmentTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private EmisesWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await EmisesWorld.CreateAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Deposit_WithAttachments_RefusesTheBadOnesByNameAndSendsTheGoodOnes()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("PJ");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));
        var longName = new string('a', 47) + ".pdf";

        var refused = await portal.FormAsync(form, "valider", null,
            new TestFile("attachments", "bon-de-livraison.pdf", [1, 2, 3]),
            new TestFile("attachments", "programme.exe", [1]),
            new TestFile("attachments", "sans-extension", [1]),
            new TestFile("attachments", longName, [1]),
            new TestFile("attachments", "gros.pdf", new byte[AttachmentRules.MaxFileBytes]));

        var messages = refused.QuerySelector("#attachments-messages")!.TextContent;
        Assert.Contains("« programme.exe » : les fichiers .exe ne sont pas acceptés", messages);
        Assert.Contains("« sans-extension » : le nom de la pièce jointe doit comporter une extension", messages);
        Assert.Contains($"« {longName} » : le nom de la pièce jointe compte au plus 50 caractères", messages);
        Assert.Contains("« gros.pdf » : chaque pièce jointe doit peser moins de 10 Mo", messages);
        Assert.Contains("bon-de-livraison.pdf", refused.QuerySelector("#pieces-jointes")!.TextContent);
        Assert.Null(await _w.InvoiceAsync(app, number));

        var confirmation = await portal.FormAsync(refused, "valider");
        Assert.Contains("bon-de-livraison.pdf", confirmation.MainText());
        await portal.ConfirmAsync(confirmation);

        var invoice = (await _w.InvoiceAsync(app, number))!;
        var attachment = Assert.Single(invoice.Files, f => f.Kind == InvoiceFileKind.Attachment);
        Assert.Equal(("bon-de-livraison.pdf", 3L), (attachment.FileName, attachment.Length));
    }

    [Fact]
    public async Task Deposit_AForgedAttachmentTicket_IsIgnored()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var number = _w.Number("TK");
        var form = await portal.UploadAsync("facture.xml", EmisesSamples.Ubl(number, _w.SupplierSiret, _w.RecipientSiret));

        var confirmation = await portal.FormAsync(form, "valider", new() { ["Form.AttachmentTickets"] = "faux-ticket" });
        await portal.ConfirmAsync(confirmation);

        Assert.DoesNotContain((await _w.InvoiceAsync(app, number))!.Files, f => f.Kind == InvoiceFileKind.Attachment);
    }

    [Fact]
    public async Task Deposit_BiggerThan120Mb_GetsAFrenchMessageInsteadOfAnErrorPage()
    {
        using var portal = await app.SignInAsync(_w.SupplierUser);
        var page = await portal.GetAsync(DepositSteps.Depot);

        var answer = await portal.SubmitWithFilesAsync(page, "#depot-fichier", new Dictionary<string, string> { ["action"] = "lire" },
            [new TestFile("file", "enorme.pdf", new byte[DepotSizeGuardAttribute.MaxRequestBytes + 1])], DepositSteps.Depot);

        Assert.Contains("Le dépôt dépasse 120 Mo", answer.Errors());
        Assert.NotNull(answer.QuerySelector("#depot-fichier"));
    }

    [Theory]
    [InlineData("facture.PDF", 10, null)]
    [InlineData("photo.jpeg", 10, null)]
    [InlineData("virus.bat", 10, "ne sont pas acceptés")]
    [InlineData("vide.pdf", 0, "le fichier est vide")]
    public void Check_FollowsTheChorusProRules(string name, long length, string? message)
    {
        var problem = AttachmentRules.Check(name, length);

        if (message is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(message, problem);
        }
    }

    [Fact]
    public void CheckTotal_Over120Mb_IsRefused()
    {
        Assert.Null(AttachmentRules.CheckTotal(AttachmentRules.MaxTotalBytes));
        Assert.Contains("ne peut dépasser 120 Mo", AttachmentRules.CheckTotal(AttachmentRules.MaxTotalBytes + 1));
    }
}
