namespace OpenChorus.Web.Features.Invoices;

/// <summary>What the recipient may do, and in which order (DOMAIN.md §3.7): suspend, reject or send back for
/// recycling while the invoice is with it; then the optional steps service fait → mandatée → mise à disposition du
/// comptable → comptabilisée → mise en paiement, any of them skipped, none of them undone.</summary>
public sealed partial class Invoice
{
    public const int MandateNumberMaxLength = 50;

    /// <summary>The recipient actions the invoice allows in its current status, in the order the portal shows them.</summary>
    public IReadOnlyList<RecipientAction> AllowedRecipientActions() =>
        Enum.GetValues<RecipientAction>().Where(a => RecipientRefusal(a) is null).ToList();

    public Transition Process(RecipientAction action, InvoiceActor actor, string? comment, string? mandateNumber, DateTime now)
    {
        if (RecipientRefusal(action) is { } refusal)
        {
            return Transition.Refused(refusal);
        }

        if (action is RecipientAction.Suspendre or RecipientAction.Rejeter && string.IsNullOrWhiteSpace(comment))
        {
            return Transition.Refused(action == RecipientAction.Suspendre ? "Indiquez le motif de la suspension." : "Indiquez le motif du rejet.");
        }

        if (action == RecipientAction.Mandater)
        {
            if (string.IsNullOrWhiteSpace(mandateNumber))
            {
                return Transition.Refused("Indiquez le numéro de mandat.");
            }

            if (mandateNumber.Trim().Length > MandateNumberMaxLength)
            {
                return Transition.Refused($"Le numéro de mandat compte au plus {MandateNumberMaxLength} caractères.");
            }

            MandateNumber = mandateNumber.Trim();
        }

        var (to, label) = Target(action);
        return Move(to, label, actor, now, comment);
    }

    /// <summary>The statuses the recipient may move an invoice to from <paramref name="status"/>, in the order of
    /// <see cref="AllowedRecipientActions"/> (the API's recupererEtatsPossiblesPourTraitement).</summary>
    public static IReadOnlyList<InvoiceStatus> RecipientTargetsFrom(InvoiceStatus status) =>
        Enum.GetValues<RecipientAction>().Where(a => RecipientAllows(status, a)).Select(a => Target(a).To).ToList();

    private string? RecipientRefusal(RecipientAction action) =>
        RecipientAllows(Status, action) ? null : $"Une facture au statut « {Status.Label()} » ne peut pas passer au statut « {Target(action).To.Label()} ».";

    private static bool RecipientAllows(InvoiceStatus status, RecipientAction action)
    {
        var rank = RecipientRank(status);
        return rank is not null && action switch
        {
            RecipientAction.Suspendre or RecipientAction.Rejeter => rank <= RecipientRank(InvoiceStatus.ServiceFait),
            RecipientAction.ARecycler => rank == 0,
            _ => RecipientRank(Target(action).To) > rank,
        };
    }

    private static int? RecipientRank(InvoiceStatus status) => status switch
    {
        InvoiceStatus.MiseADisposition or InvoiceStatus.Completee => 0,
        InvoiceStatus.ServiceFait => 1,
        InvoiceStatus.Mandatee => 2,
        InvoiceStatus.MiseADispositionComptable => 3,
        InvoiceStatus.Comptabilisee => 4,
        InvoiceStatus.MiseEnPaiement => 5,
        _ => null,
    };

    private static (InvoiceStatus To, string Label) Target(RecipientAction action) => action switch
    {
        RecipientAction.Suspendre => (InvoiceStatus.Suspendue, "Suspension"),
        RecipientAction.Rejeter => (InvoiceStatus.Rejetee, "Rejet"),
        RecipientAction.ARecycler => (InvoiceStatus.ARecycler, "Mise à recycler"),
        RecipientAction.ServiceFait => (InvoiceStatus.ServiceFait, "Service fait"),
        RecipientAction.Mandater => (InvoiceStatus.Mandatee, "Mandatement"),
        RecipientAction.MettreADispositionComptable => (InvoiceStatus.MiseADispositionComptable, "Mise à disposition du comptable"),
        RecipientAction.Comptabiliser => (InvoiceStatus.Comptabilisee, "Comptabilisation"),
        RecipientAction.MettreEnPaiement => (InvoiceStatus.MiseEnPaiement, "Mise en paiement"),
    };
}

public static class RecipientActions
{
    /// <summary>The button's words in "Factures reçues".</summary>
    public static string Label(this RecipientAction action) => action switch
    {
        RecipientAction.Suspendre => "Suspendre",
        RecipientAction.Rejeter => "Rejeter",
        RecipientAction.ARecycler => "À recycler",
        RecipientAction.ServiceFait => "Service fait",
        RecipientAction.Mandater => "Mandater",
        RecipientAction.MettreADispositionComptable => "Mettre à disposition du comptable",
        RecipientAction.Comptabiliser => "Comptabiliser",
        RecipientAction.MettreEnPaiement => "Mettre en paiement",
    };
}
