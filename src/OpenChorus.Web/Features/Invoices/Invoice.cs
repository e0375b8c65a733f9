using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices;

/// <summary>
/// A payment request deposited by a supplier: its routing data (recipient, service, engagement), its figures, its
/// status and its history. Status changes are the methods of <c>Invoice.Lifecycle.cs</c>, which refuse what
/// DOMAIN.md §3.7 does not allow and write the history; the files (original, rendering, attachments) are rows of
/// <see cref="InvoiceFile"/> whose bytes live in the document store.
/// </summary>
public sealed partial class Invoice
{
    public const int NumberMaxLength = 20;
    public const int EngagementMaxLength = 50;
    public const int CommentMaxLength = 2000;
    public const int PrecedingNumberMaxLength = 50;

    public int Id { get; init; }

    /// <summary>Numéro de facture (at most 20 characters), unique per supplier and year of deposit.</summary>
    public required string Number { get; set; }

    /// <summary>Year of the first deposit, part of the uniqueness of the number.</summary>
    public int NumberYear { get; set; }

    public InvoiceFrame Frame { get; set; }

    public InvoiceKind Kind { get; set; }

    public DepositMode DepositMode { get; set; }

    public InvoiceStatus Status { get; private set; } = InvoiceStatus.Brouillon;

    public int SupplierStructureId { get; set; }

    public Structure? SupplierStructure { get; set; }

    /// <summary>The public recipient (destinataire). Empty only on a draft.</summary>
    public int? RecipientStructureId { get; set; }

    public Structure? RecipientStructure { get; set; }

    public int? RecipientServiceId { get; set; }

    public Service? RecipientService { get; set; }

    /// <summary>The titulaire or mandataire who validates an A9 / A12 invoice before the recipient sees it.</summary>
    public int? ValidatorStructureId { get; set; }

    public Structure? ValidatorStructure { get; set; }

    /// <summary>Numéro d'engagement juridique or bon de commande (at most 50 characters).</summary>
    public string? EngagementNumber { get; set; }

    /// <summary>Numéro de marché (contract reference), optional.</summary>
    public string? ContractNumber { get; set; }

    public DateOnly IssueDate { get; set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; set; } = "EUR";

    public decimal TotalExcludingVat { get; set; }

    public decimal TotalVat { get; set; }

    public decimal TotalIncludingVat { get; set; }

    /// <summary>Montant à payer.</summary>
    public decimal AmountDue
    {
        get;
        set
        {
            field = value;
            AmountDueCents = (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>The amount due in cents, what searches filter and sort on (decimals cannot be compared in SQL on
    /// SQLite).</summary>
    public long AmountDueCents { get; private set; }

    /// <summary>Commentaire of the supplier (at most 2,000 characters).</summary>
    public string? Comment { get; set; }

    /// <summary>modePaiement the supplier chose through the API (ESPECE, CHEQUE, VIREMENT, PRELEVEMENT, AUTRE, REPORT);
    /// null when not given. Written in the UBL original as the payment means code (BT-81).</summary>
    public string? PaymentMode { get; set; }

    /// <summary>The supplier's IBAN chosen with codeCoordonneesBancairesFournisseur (BT-84); null when not chosen.</summary>
    public string? PaymentAccount { get; set; }

    /// <summary>numeroFactureOrigine: the invoice a credit note corrects (BG-3, BT-25); null when not given.</summary>
    public string? PrecedingInvoiceNumber { get; set; }

    /// <summary>Numéro de mandat (numeroDPMandat) once the recipient set "Mandatée".</summary>
    public string? MandateNumber { get; private set; }

    /// <summary>Raison sociale of the supplier as written on the invoice, kept for lists.</summary>
    public string SupplierName { get; set; } = "";

    public Guid CreatedByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>When the supplier sent it (Déposée or À valider).</summary>
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Start of the délai global de paiement, and its restart after a suspension.</summary>
    public DateTime? MadeAvailableAtUtc { get; private set; }

    /// <summary>When the prime contractor's silence becomes a tacit validation (A9 / A12).</summary>
    public DateTime? ValidationDeadlineUtc { get; private set; }

    /// <summary>The supplier acknowledged the rejection ("Traiter le rejet"): it leaves the Synthèse.</summary>
    public DateTime? RejectionAcknowledgedAtUtc { get; private set; }

    /// <summary>The flux (deposerFluxFacture) the invoice came from, whose numeroFluxDepot searches filter on; null for
    /// the portal's deposits.</summary>
    public long? FluxDepotId { get; set; }

    /// <summary>When the recipient first downloaded it through the API (telecharger/groupe):
    /// <c>factureTelechargeeParDestinataire</c>.</summary>
    public DateTime? DownloadedByRecipientAtUtc { get; set; }

    /// <summary>Optimistic concurrency: two users processing the same invoice at once cannot both win.</summary>
    public int Version { get; private set; }

    public List<InvoiceEvent> Events { get; } = [];

    public List<InvoiceFile> Files { get; } = [];
}
