using OpenChorus.Web.Features.Invoices;

namespace OpenChorus.Web.Tests.Features.Invoices;

/// <summary>The invoice itself refuses every transition DOMAIN.md §3.7 does not allow, and records the ones it does.</summary>
public sealed class LifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly InvoiceActor Supplier = new(Guid.NewGuid(), "Paul Durand");
    private static readonly InvoiceActor Recipient = new(Guid.NewGuid(), "Claire Lefèvre");

    private static Invoice Draft(InvoiceFrame frame = InvoiceFrame.A1) => new() { Number = "F-2026-001", Frame = frame };

    private static Invoice Available()
    {
        var invoice = Draft();
        invoice.Send(Supplier, Now);
        invoice.MakeAvailable(Now);
        return invoice;
    }

    [Fact]
    public void Send_A1Draft_IsDepositedThenMadeAvailableWithBothStepsInHistory()
    {
        var invoice = Draft();

        Assert.True(invoice.Send(Supplier, Now).Succeeded);
        Assert.True(invoice.MakeAvailable(Now.AddSeconds(1)).Succeeded);

        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        Assert.Equal(Now.AddSeconds(1), invoice.MadeAvailableAtUtc);
        Assert.Equal([InvoiceStatus.Deposee, InvoiceStatus.MiseADisposition], invoice.Events.Select(e => e.Status));
        Assert.Equal("Paul Durand", invoice.Events[0].ActorName);
        Assert.Null(invoice.Events[1].ActorUserId);
    }

    [Fact]
    public void Send_Twice_IsRefusedAndRecordsNothing()
    {
        var invoice = Available();

        var second = invoice.Send(Supplier, Now);

        Assert.False(second.Succeeded);
        Assert.Equal("Une facture au statut « Mise à disposition » ne peut pas être envoyée.", second.Refusal);
        Assert.Equal(2, invoice.Events.Count);
    }

    [Theory]
    [InlineData(InvoiceFrame.A9)]
    [InlineData(InvoiceFrame.A12)]
    public void Send_SubcontractorInvoice_WaitsForItsValidatorFifteenDays(InvoiceFrame frame)
    {
        var invoice = Draft(frame);

        invoice.Send(Supplier, Now);

        Assert.Equal(InvoiceStatus.AValider1, invoice.Status);
        Assert.Equal(Now.AddDays(15), invoice.ValidationDeadlineUtc);
        Assert.False(invoice.MakeAvailable(Now).Succeeded);
    }

    [Fact]
    public void Validate_ByTitulaire_SendsOnToTheRecipientWithTheInformation()
    {
        var invoice = Draft(InvoiceFrame.A9);
        invoice.Send(Supplier, Now);

        Assert.True(invoice.Validate(Recipient, "Travaux conformes", Now.AddDays(2)).Succeeded);

        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        Assert.Equal(
            [InvoiceStatus.AValider1, InvoiceStatus.Validee1, InvoiceStatus.Deposee, InvoiceStatus.MiseADisposition],
            invoice.Events.Select(e => e.Status));
        Assert.Equal("Travaux conformes", invoice.Events[1].Comment);
    }

    [Fact]
    public void Refuse_WithoutReason_IsRefused_WithReason_IsFinal()
    {
        var invoice = Draft(InvoiceFrame.A12);
        invoice.Send(Supplier, Now);

        Assert.Equal("Indiquez le motif du refus.", invoice.Refuse(Recipient, "  ", Now).Refusal);
        Assert.True(invoice.Refuse(Recipient, "Montant non conforme au marché", Now).Succeeded);

        Assert.Equal(InvoiceStatus.Refusee1, invoice.Status);
        Assert.True(invoice.Status.IsFinal());
        Assert.False(invoice.Validate(Recipient, null, Now).Succeeded);
        Assert.False(invoice.ValidateTacitly(Now.AddDays(30)).Succeeded);
    }

    [Fact]
    public void ValidateTacitly_BeforeFifteenDays_IsRefused_After_SendsOnAndSaysItWasTacit()
    {
        var invoice = Draft(InvoiceFrame.A9);
        invoice.Send(Supplier, Now);

        Assert.False(invoice.ValidateTacitly(Now.AddDays(15).AddSeconds(-1)).Succeeded);
        Assert.True(invoice.ValidateTacitly(Now.AddDays(15)).Succeeded);

        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
        var tacit = Assert.Single(invoice.Events, e => e.Status == InvoiceStatus.AbsenceValidation1HorsDelai);
        Assert.Contains("tacite", tacit.Action);
        Assert.Equal("OpenChorus", tacit.ActorName);
    }

    [Fact]
    public void AllowedRecipientActions_OnAvailableInvoice_AreEveryAction()
    {
        Assert.Equal(Enum.GetValues<RecipientAction>(), Available().AllowedRecipientActions());
    }

    [Theory]
    [InlineData(RecipientAction.Suspendre)]
    [InlineData(RecipientAction.Rejeter)]
    public void SuspendOrReject_WithoutReason_IsRefused(RecipientAction action)
    {
        var invoice = Available();

        var result = invoice.Process(action, Recipient, "", null, Now);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Indiquez le motif", result.Refusal);
        Assert.Equal(InvoiceStatus.MiseADisposition, invoice.Status);
    }

    [Fact]
    public void Suspension_CompletedBySupplier_IsBackWithTheRecipientAndRestartsThePaymentDelay()
    {
        var invoice = Available();
        invoice.Process(RecipientAction.Suspendre, Recipient, "Bon de livraison manquant", null, Now.AddDays(3));

        Assert.False(invoice.Process(RecipientAction.ServiceFait, Recipient, null, null, Now).Succeeded);
        Assert.True(invoice.Complete(Supplier, "Bon de livraison joint", Now.AddDays(5)).Succeeded);

        Assert.Equal(InvoiceStatus.Completee, invoice.Status);
        Assert.Equal(Now.AddDays(5), invoice.MadeAvailableAtUtc);
        Assert.Equal(Enum.GetValues<RecipientAction>(), invoice.AllowedRecipientActions());
    }

    [Fact]
    public void Complete_AnInvoiceNotSuspended_IsRefused()
    {
        Assert.False(Available().Complete(Supplier, null, Now).Succeeded);
    }

    [Fact]
    public void Processing_GoesForwardSkippingOptionalSteps_NeverBack()
    {
        var invoice = Available();

        Assert.Equal("Indiquez le numéro de mandat.", invoice.Process(RecipientAction.Mandater, Recipient, null, " ", Now).Refusal);
        Assert.True(invoice.Process(RecipientAction.Mandater, Recipient, null, "M-2026-77", Now).Succeeded);

        Assert.Equal("M-2026-77", invoice.MandateNumber);
        Assert.Equal(
            [RecipientAction.MettreADispositionComptable, RecipientAction.Comptabiliser, RecipientAction.MettreEnPaiement],
            invoice.AllowedRecipientActions());
        Assert.False(invoice.Process(RecipientAction.ServiceFait, Recipient, null, null, Now).Succeeded);
        Assert.False(invoice.Process(RecipientAction.Rejeter, Recipient, "Trop tard", null, Now).Succeeded);
        Assert.True(invoice.Process(RecipientAction.MettreEnPaiement, Recipient, null, null, Now).Succeeded);
        Assert.Empty(invoice.AllowedRecipientActions());
    }

    [Fact]
    public void ServiceFait_StillAllowsSuspensionAndRejection_ButNotRecycling()
    {
        var invoice = Available();
        invoice.Process(RecipientAction.ServiceFait, Recipient, null, null, Now);

        var allowed = invoice.AllowedRecipientActions();

        Assert.Contains(RecipientAction.Suspendre, allowed);
        Assert.Contains(RecipientAction.Rejeter, allowed);
        Assert.DoesNotContain(RecipientAction.ARecycler, allowed);
        Assert.DoesNotContain(RecipientAction.ServiceFait, allowed);
    }

    [Fact]
    public void Recycle_ChangesTheRoutingKeepsTheNumberAndMakesItAvailableAgain()
    {
        var invoice = Available();
        invoice.RecipientStructureId = 1;
        invoice.Process(RecipientAction.ARecycler, Recipient, "Mauvais service", null, Now);

        Assert.True(invoice.Recycle(Supplier, 2, 7, "EJ-1", Now.AddDays(1)).Succeeded);

        Assert.Equal((InvoiceStatus.MiseADisposition, 2, 7, "EJ-1", "F-2026-001"),
            (invoice.Status, invoice.RecipientStructureId, invoice.RecipientServiceId, invoice.EngagementNumber, invoice.Number));
        Assert.False(invoice.Recycle(Supplier, 3, null, null, Now).Succeeded);
    }

    [Fact]
    public void Rejection_IsFinal_AndAcknowledgedOnce()
    {
        var invoice = Available();
        invoice.Process(RecipientAction.Rejeter, Recipient, "Mauvais SIRET", null, Now);

        Assert.Empty(invoice.AllowedRecipientActions());
        Assert.False(invoice.Complete(Supplier, null, Now).Succeeded);
        Assert.False(invoice.Recycle(Supplier, 2, null, null, Now).Succeeded);
        Assert.True(invoice.AcknowledgeRejection(Supplier, Now.AddDays(1)).Succeeded);
        Assert.False(invoice.AcknowledgeRejection(Supplier, Now.AddDays(2)).Succeeded);

        Assert.Equal(InvoiceStatus.Rejetee, invoice.Status);
        Assert.Equal(Now.AddDays(1), invoice.RejectionAcknowledgedAtUtc);
    }

    [Fact]
    public void EveryStatus_HasAChorusCodeAndAFrenchLabel_AndCodesReadBack()
    {
        foreach (var status in Enum.GetValues<InvoiceStatus>())
        {
            Assert.Equal(status, InvoiceStatuses.FromCode(status.Code()));
            Assert.False(string.IsNullOrWhiteSpace(status.Label()));
        }
    }

    [Fact]
    public void AmountDue_IsKeptInCentsForSearches()
    {
        var invoice = Draft();

        invoice.AmountDue = 1234.565m;

        Assert.Equal(123457, invoice.AmountDueCents);
    }
}
