using System.Net;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Recues;

/// <summary>Processing on the invoice view: motif and numéro de mandat, the order of statuses, the supplier's mail,
/// Consultation and services, and two agents at once.</summary>
public sealed class ProcessTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string> Act(RecipientAction action, string comment = "", string mandate = "") =>
        new() { ["action"] = action.ToString(), ["Comment"] = comment, ["MandateNumber"] = mandate };

    [Theory]
    [InlineData(RecipientAction.Suspendre, "Indiquez le motif de la suspension.")]
    [InlineData(RecipientAction.Rejeter, "Indiquez le motif du rejet.")]
    public async Task SuspendOrReject_WithoutMotif_SaysSoNextToTheFieldAndWritesNothing(RecipientAction action, string message)
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"M-{world.Suffix}");
        var before = await world.FingerprintAsync(id);
        var agent = await world.SignInAsync(world.Agent);

        var page = await agent.SubmitAsync($"/factures-recues/{id}", Act(action, "   "), "#traitement");

        Assert.Equal(message, page.QuerySelector("#Comment-messages")!.TextContent.Trim());
        Assert.Equal(before, await world.FingerprintAsync(id));
    }

    [Fact]
    public async Task Suspend_WithMotif_SuspendsRecordsTheMotifAndMailsTheSupplier()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"S-{world.Suffix}");
        var agent = await world.SignInAsync(world.Agent);

        var page = await agent.SubmitAsync($"/factures-recues/{id}", Act(RecipientAction.Suspendre, "Bon de livraison manquant"), "#traitement");

        Assert.Contains("Suspendre", page.QuerySelector(".fr-alert--success")!.TextContent, StringComparison.Ordinal);
        var invoice = await world.InvoiceAsync(id);
        Assert.Equal(InvoiceStatus.Suspendue, invoice.Status);
        var last = invoice.Events.OrderBy(e => e.Id).Last();
        Assert.Equal(("Bon de livraison manquant", world.Agent), (last.Comment, last.ActorUserId));
        var mail = await app.Mail.WaitForAsync(world.SupplierEmail, m => m.Subject == $"Facture n° S-{world.Suffix} : Suspendue");
        Assert.Contains("Bon de livraison manquant", mail.TextBody, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#traitement"));
    }

    [Fact]
    public async Task Reject_WithMotif_IsFinal()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"R-{world.Suffix}");
        var agent = await world.SignInAsync(world.Agent);

        var page = await agent.SubmitAsync($"/factures-recues/{id}", Act(RecipientAction.Rejeter, "Montant erroné"), "#traitement");

        Assert.Equal(InvoiceStatus.Rejetee, (await world.InvoiceAsync(id)).Status);
        Assert.Null(page.QuerySelector("#traitement"));
    }

    [Fact]
    public async Task Mandate_NeedsTheNumber_ThenThePaymentStepsFollowInOrderWithAMailEach()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"P-{world.Suffix}");
        var agent = await world.SignInAsync(world.Agent);
        var before = await world.FingerprintAsync(id);

        var missing = await agent.SubmitAsync($"/factures-recues/{id}", Act(RecipientAction.Mandater), "#traitement");
        Assert.Equal("Indiquez le numéro de mandat.", missing.QuerySelector("#MandateNumber-messages")!.TextContent.Trim());
        Assert.Equal(before, await world.FingerprintAsync(id));

        var mandated = await agent.SubmitAsync($"/factures-recues/{id}", Act(RecipientAction.Mandater, mandate: "M-2026-0042"), "#traitement");
        Assert.Equal("M-2026-0042", (await world.InvoiceAsync(id)).MandateNumber);
        Assert.Equal(["Mettre à disposition du comptable", "Comptabiliser", "Mettre en paiement"],
            mandated.QuerySelectorAll("#traitement button[name=action]").Select(b => b.TextContent.Trim()));
        await app.Mail.WaitForAsync(world.SupplierEmail, m => m.Subject == $"Facture n° P-{world.Suffix} : Mandatée");

        await agent.SubmitAsync($"/factures-recues/{id}", Act(RecipientAction.MettreEnPaiement), "#traitement");
        Assert.Equal(InvoiceStatus.MiseEnPaiement, (await world.InvoiceAsync(id)).Status);
        await app.Mail.WaitForAsync(world.SupplierEmail, m => m.Subject == $"Facture n° P-{world.Suffix} : Mise en paiement");
    }

    [Fact]
    public async Task EveryActionNotAllowed_IsAnsweredWithItsFrenchMessageAndWritesNothing()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var paid = await world.SendAsync($"Z-{world.Suffix}");
        Assert.True((await world.ProcessAsync(paid, RecipientAction.ServiceFait)).Succeeded);
        var agent = await world.SignInAsync(world.Agent);

        var recycle = await agent.PostAsync($"/factures-recues/{paid}", Act(RecipientAction.ARecycler), HttpStatusCode.OK);
        Assert.Equal("Une facture au statut « Service fait » ne peut pas passer au statut « À recycler ».", recycle.QuerySelector("main [role=alert]")!.TextContent.Trim());

        Assert.True((await world.ProcessAsync(paid, RecipientAction.MettreEnPaiement)).Succeeded);
        var before = await world.FingerprintAsync(paid);
        foreach (var action in Enum.GetValues<RecipientAction>())
        {
            var page = await agent.PostAsync($"/factures-recues/{paid}", Act(action, "motif", "M-1"), HttpStatusCode.OK);
            var target = action switch
            {
                RecipientAction.Suspendre => "Suspendue",
                RecipientAction.Rejeter => "Rejetée",
                RecipientAction.ARecycler => "À recycler",
                RecipientAction.ServiceFait => "Service fait",
                RecipientAction.Mandater => "Mandatée",
                RecipientAction.MettreADispositionComptable => "Mise à disposition du comptable",
                RecipientAction.Comptabiliser => "Comptabilisée",
                _ => "Mise en paiement",
            };
            Assert.Equal($"Une facture au statut « Mise en paiement » ne peut pas passer au statut « {target} ».", page.QuerySelector("main [role=alert]")!.TextContent.Trim());
        }

        Assert.Equal(before, await world.FingerprintAsync(paid));
    }

    [Fact]
    public async Task ForgedActions_ByAReaderALimitedUserOrTheSupplier_AreNotFoundAndChangeNothing()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var finances = await world.SendAsync($"F-{world.Suffix}", "FINANCES");
        var before = await world.FingerprintAsync(finances);

        foreach (var user in new[] { world.Reader, world.Restricted, world.SupplierUser })
        {
            var portal = await world.SignInAsync(user);
            await portal.PostAsync($"/factures-recues/{finances}", Act(RecipientAction.Rejeter, "Forgé"), HttpStatusCode.NotFound);
        }

        Assert.Equal(before, await world.FingerprintAsync(finances));
        Assert.True((await world.ProcessAsync(await world.SendAsync($"T-{world.Suffix}"), RecipientAction.ServiceFait, user: world.Restricted)).Succeeded);
    }

    [Fact]
    public async Task TwoAgentsAtOnce_TheSecondIsToldTheInvoiceChangedAndNothingOfHisIsWritten()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"C-{world.Suffix}");
        var first = await world.SignInAsync(world.Agent);
        var second = await world.SignInAsync(world.Restricted);
        var seenBySecond = await second.GetAsync($"/factures-recues/{id}");

        await first.SubmitAsync($"/factures-recues/{id}", Act(RecipientAction.ServiceFait), "#traitement");
        var late = await second.SubmitAsync(seenBySecond, Act(RecipientAction.Rejeter, "Trop tard"), "#traitement");

        Assert.Equal(InvoiceSaving.ChangedMeanwhile, late.QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.Equal(InvoiceStatus.ServiceFait, (await world.InvoiceAsync(id)).Status);
    }

    [Fact]
    public async Task TwoAgentsAtOnce_WhenTheOtherSavesDuringTheAction_NothingOfTheSecondIsWritten()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"D-{world.Suffix}");
        app.Race.BeforeNextSaveOf<InvoiceEvent>(async () =>
            Assert.True((await world.ProcessAsync(id, RecipientAction.Suspendre, "Premier", user: world.Restricted)).Succeeded));

        var outcome = await world.ProcessAsync(id, RecipientAction.Rejeter, "Second");

        Assert.Equal(InvoiceSaving.ChangedMeanwhile, outcome.Message);
        var invoice = await world.InvoiceAsync(id);
        Assert.Equal(InvoiceStatus.Suspendue, invoice.Status);
        Assert.DoesNotContain(invoice.Events, e => e.Comment == "Second");
    }

    [Fact]
    public async Task Process_WithAnUnknownAction_IsABadRequest()
    {
        var world = await RecuesWorld.CreateAsync(app);
        var id = await world.SendAsync($"U-{world.Suffix}");
        var agent = await world.SignInAsync(world.Agent);

        await agent.PostAsync($"/factures-recues/{id}", new Dictionary<string, string> { ["action"] = "Payer" }, HttpStatusCode.BadRequest);
        await agent.PostAsync($"/factures-recues/{id}", new Dictionary<string, string> { ["action"] = "42" }, HttpStatusCode.BadRequest);
        Assert.Equal(InvoiceStatus.MiseADisposition, (await world.InvoiceAsync(id)).Status);
    }
}
