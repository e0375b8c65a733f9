namespace OpenChorus.Formats.Conversion;

/// <summary>The syntax an invoice is converted into.</summary>
public enum TargetSyntax
{
    /// <summary>UBL 2.1: an Invoice, or a CreditNote for a credit note.</summary>
    Ubl,

    /// <summary>UN/CEFACT CII D16B, in a Factur-X profile (EN16931 unless told otherwise).</summary>
    Cii,
}
