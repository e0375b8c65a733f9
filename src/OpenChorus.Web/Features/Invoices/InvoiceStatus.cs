namespace OpenChorus.Web.Features.Invoices;

/// <summary>Statut d'une facture (API <c>statutFacture</c>, DOMAIN.md §3.6): the core statuses of supplies and
/// services and those of the subcontractor / co-contractor validation circuit.</summary>
public enum InvoiceStatus
{
    /// <summary>Saved by the supplier ("Enregistrer"), not sent.</summary>
    Brouillon,

    /// <summary>A PDF deposited through the API (deposerPdfFacture) and read, not sent: a draft like
    /// <see cref="Brouillon"/>, which soumettreFacture DEPOT_PDF_API sends.</summary>
    InterpreteeOcr,

    /// <summary>Integrated by the platform; transient before routing.</summary>
    Deposee,

    /// <summary>In the recipient's space: the délai global de paiement starts.</summary>
    MiseADisposition,

    /// <summary>Wrong routing data: the supplier sends it again to another recipient, same number.</summary>
    ARecycler,

    /// <summary>Missing supporting documents (reason mandatory).</summary>
    Suspendue,

    /// <summary>Completed by the supplier after a suspension: back with the recipient.</summary>
    Completee,

    /// <summary>Refused by the recipient (reason mandatory). Final: a new invoice with a new number is needed.</summary>
    Rejetee,

    ServiceFait,

    /// <summary>Mandated (numéro de mandat).</summary>
    Mandatee,

    MiseADispositionComptable,

    Comptabilisee,

    /// <summary>Payment issued. Final.</summary>
    MiseEnPaiement,

    /// <summary>Waiting for the prime contractor's validation (A9 / A12).</summary>
    AValider1,

    /// <summary>Validated by the prime contractor, then sent to the public recipient.</summary>
    Validee1,

    /// <summary>Refused by the prime contractor (reason mandatory). Final.</summary>
    Refusee1,

    /// <summary>No answer from the prime contractor within 15 days: validated tacitly, then sent.</summary>
    AbsenceValidation1HorsDelai,
}

/// <summary>Chorus Pro's codes and the portal's words for each status.</summary>
public static class InvoiceStatuses
{
    public static string Code(this InvoiceStatus status) => status switch
    {
        InvoiceStatus.Brouillon => "BROUILLON",
        InvoiceStatus.InterpreteeOcr => "INTERPRETEE_OCR",
        InvoiceStatus.Deposee => "DEPOSEE",
        InvoiceStatus.MiseADisposition => "MISE_A_DISPOSITION",
        InvoiceStatus.ARecycler => "A_RECYCLER",
        InvoiceStatus.Suspendue => "SUSPENDUE",
        InvoiceStatus.Completee => "COMPLETEE",
        InvoiceStatus.Rejetee => "REJETEE",
        InvoiceStatus.ServiceFait => "SERVICE_FAIT",
        InvoiceStatus.Mandatee => "MANDATEE",
        InvoiceStatus.MiseADispositionComptable => "MISE_A_DISPOSITION_COMPTABLE",
        InvoiceStatus.Comptabilisee => "COMPTABILISEE",
        InvoiceStatus.MiseEnPaiement => "MISE_EN_PAIEMENT",
        InvoiceStatus.AValider1 => "A_VALIDER_1",
        InvoiceStatus.Validee1 => "VALIDEE_1",
        InvoiceStatus.Refusee1 => "REFUSEE_1",
        InvoiceStatus.AbsenceValidation1HorsDelai => "ABSENCE_VALIDATION_1_HORS_DELAI",
    };

    public static string Label(this InvoiceStatus status) => status switch
    {
        InvoiceStatus.Brouillon => "Brouillon",
        InvoiceStatus.InterpreteeOcr => "Interprétée OCR",
        InvoiceStatus.Deposee => "Déposée",
        InvoiceStatus.MiseADisposition => "Mise à disposition",
        InvoiceStatus.ARecycler => "À recycler",
        InvoiceStatus.Suspendue => "Suspendue",
        InvoiceStatus.Completee => "Complétée",
        InvoiceStatus.Rejetee => "Rejetée",
        InvoiceStatus.ServiceFait => "Service fait",
        InvoiceStatus.Mandatee => "Mandatée",
        InvoiceStatus.MiseADispositionComptable => "Mise à disposition du comptable",
        InvoiceStatus.Comptabilisee => "Comptabilisée",
        InvoiceStatus.MiseEnPaiement => "Mise en paiement",
        InvoiceStatus.AValider1 => "À valider",
        InvoiceStatus.Validee1 => "Validée",
        InvoiceStatus.Refusee1 => "Refusée",
        InvoiceStatus.AbsenceValidation1HorsDelai => "Validée tacitement (hors délai)",
    };

    public static InvoiceStatus? FromCode(string? code) =>
        Enum.GetValues<InvoiceStatus>().Cast<InvoiceStatus?>().SingleOrDefault(s => s!.Value.Code() == code);

    /// <summary>What the recipient has to process: its "Synthèse".</summary>
    public static readonly IReadOnlyList<InvoiceStatus> ToProcess = [InvoiceStatus.MiseADisposition, InvoiceStatus.Completee];

    /// <summary>Not sent yet: the portal's draft or a PDF deposited through the API. Only the supplier sees it, nobody
    /// is told of it, and its number is not reserved until it is sent (for <see cref="InvoiceStatus.InterpreteeOcr"/>).</summary>
    public static bool IsDraft(this InvoiceStatus status) => status is InvoiceStatus.Brouillon or InvoiceStatus.InterpreteeOcr;

    /// <summary>Statuses that end the invoice's life: nothing can follow.</summary>
    public static bool IsFinal(this InvoiceStatus status) =>
        status is InvoiceStatus.Rejetee or InvoiceStatus.MiseEnPaiement or InvoiceStatus.Refusee1;
}
