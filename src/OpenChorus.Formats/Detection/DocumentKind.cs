namespace OpenChorus.Formats.Detection;

/// <summary>What a file is, recognised from its content (never from its name).</summary>
public enum DocumentKind
{
    /// <summary>UBL 2.1 Invoice.</summary>
    UblInvoice,

    /// <summary>UBL 2.1 CreditNote.</summary>
    UblCreditNote,

    /// <summary>UN/CEFACT CII D16B CrossIndustryInvoice.</summary>
    Cii,

    /// <summary>A PDF carrying a Factur-X / ZUGFeRD 2.x invoice (CII).</summary>
    FacturXPdf,

    /// <summary>Legacy ZUGFeRD 1.0 XML (CrossIndustryDocument), not EN 16931.</summary>
    ZugferdV1Xml,

    /// <summary>A PDF carrying a legacy ZUGFeRD 1.0 invoice.</summary>
    ZugferdV1Pdf,

    /// <summary>A PDF that embeds an order (Order-X), not an invoice.</summary>
    OrderXPdf,

    /// <summary>A PDF with no invoice inside.</summary>
    PlainPdf,

    /// <summary>A zip lot of documents.</summary>
    ZipArchive,

    /// <summary>A tar.gz lot of documents.</summary>
    TarGzArchive,

    /// <summary>A file that looks like XML but is not well-formed.</summary>
    NotWellFormedXml,

    /// <summary>Well-formed XML of another kind (e.g. an Order-X order).</summary>
    OtherXml,

    /// <summary>Anything else.</summary>
    Unknown,
}
