namespace OpenChorus.Web.Features.Invoices;

/// <summary>Cadre de facturation (API <c>cadreDeFacturation</c>, DOMAIN.md §3.4): the document type and who deposits
/// it. This capability covers the four cadres of "Factures émises"; the others come with their own spaces.</summary>
public enum InvoiceFrame
{
    /// <summary>A1: facture fournisseur.</summary>
    A1,

    /// <summary>A2: facture fournisseur déjà payée.</summary>
    A2,

    /// <summary>A9: facture de sous-traitant, validated by the titulaire first.</summary>
    A9,

    /// <summary>A12: facture de cotraitant, validated by the mandataire first.</summary>
    A12,
}

public static class InvoiceFrames
{
    public static string Code(this InvoiceFrame frame) => frame switch
    {
        InvoiceFrame.A1 => "A1_FACTURE_FOURNISSEUR",
        InvoiceFrame.A2 => "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE",
        InvoiceFrame.A9 => "A9_FACTURE_SOUSTRAITANT",
        InvoiceFrame.A12 => "A12_FACTURE_COTRAITANT",
    };

    public static string Label(this InvoiceFrame frame) => frame switch
    {
        InvoiceFrame.A1 => "A1 — Dépôt par un fournisseur d'une facture",
        InvoiceFrame.A2 => "A2 — Dépôt par un fournisseur d'une facture déjà payée",
        InvoiceFrame.A9 => "A9 — Dépôt par un sous-traitant d'une facture",
        InvoiceFrame.A12 => "A12 — Dépôt par un cotraitant d'une facture",
    };

    /// <summary>A9 and A12 go to a validator (the titulaire or the mandataire) before the public recipient.</summary>
    public static bool NeedsValidation(this InvoiceFrame frame) => frame is InvoiceFrame.A9 or InvoiceFrame.A12;
}

/// <summary>Type de facture (API <c>typeFacture</c>).</summary>
public enum InvoiceKind
{
    /// <summary>FACTURE (UNCL1001 380 and the other invoice codes).</summary>
    Facture,

    /// <summary>AVOIR (UNCL1001 381).</summary>
    Avoir,
}

/// <summary>How the invoice reached the platform (API <c>modeDepot</c>).</summary>
public enum DepositMode
{
    /// <summary>SAISIE_WEB: keyed in the portal's form, original generated.</summary>
    SaisieWeb,

    /// <summary>PORTAIL_PDF: a plain PDF uploaded in the portal, data typed by the user.</summary>
    PortailPdf,

    /// <summary>PORTAIL_XML: a structured file (UBL, CII, Factur-X) uploaded in the portal.</summary>
    PortailXml,

    /// <summary>Keyed in through the API (soumettre, SAISIE_API).</summary>
    SaisieApi,

    /// <summary>A PDF deposited through the API then submitted (deposer/pdf + soumettre, DEPOT_PDF_API).</summary>
    DepotPdfApi,
}
