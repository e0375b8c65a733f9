namespace OpenChorus.Formats.Model;

/// <summary>The XML syntax an invoice was read from (EN 16931-3 bindings).</summary>
public enum InvoiceSyntax
{
    /// <summary>UBL 2.1 Invoice.</summary>
    UblInvoice,

    /// <summary>UBL 2.1 CreditNote.</summary>
    UblCreditNote,

    /// <summary>UN/CEFACT Cross Industry Invoice D16B (also the Factur-X / ZUGFeRD 2.x payload).</summary>
    Cii,
}
