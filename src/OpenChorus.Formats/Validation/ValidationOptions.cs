namespace OpenChorus.Formats.Validation;

/// <summary>How <see cref="InvoiceValidator"/> validates, beyond the native checks it always makes.</summary>
public sealed record ValidationOptions
{
    /// <summary>The environment variable an operator sets to the folder of the official XSDs.</summary>
    public const string XsdFolderVariable = "OPENCHORUS_XSD_FOLDER";

    /// <summary>The native checks only.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// A folder holding the official UBL 2.1 (UBL-Invoice-2.1.xsd, UBL-CreditNote-2.1.xsd and their common/ folder)
    /// and CII D16B (CrossIndustryInvoice_100pD16B.xsd and its modules) schemas, searched in its subfolders. When set,
    /// documents are also validated against them (rule XSD-SCHEMA). The XSDs are not part of the product.
    /// </summary>
    public string? XsdFolder { get; init; }

    /// <summary>The options the environment gives: <see cref="XsdFolder"/> from OPENCHORUS_XSD_FOLDER when set.</summary>
    public static ValidationOptions FromEnvironment() =>
        Environment.GetEnvironmentVariable(XsdFolderVariable) is { Length: > 0 } folder ? new ValidationOptions { XsdFolder = folder } : Default;
}
