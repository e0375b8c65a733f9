using System.Xml.Linq;
using OpenChorus.Formats.Cii;
using OpenChorus.Formats.Detection;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Ubl;
using OpenChorus.Formats.Validation.Rules;
using OpenChorus.Formats.Validation.Schemas;
using OpenChorus.Formats.Validation.Syntax;

namespace OpenChorus.Formats.Validation;

/// <summary>Recognises, reads and validates documents against EN 16931 (business rules) and its UBL and CII bindings.</summary>
public static class InvoiceValidator
{
    private static readonly IInvoiceRules[] ModelRules = Rules(new TotalsRules(checkVatTotalSum: true));
    private static readonly IInvoiceRules[] SourceRules = Rules(new TotalsRules(checkVatTotalSum: false));

    /// <summary>Detects, reads and validates a file's content; never throws on bad input.</summary>
    public static ValidationReport Validate(byte[] content) => Validate(content, ValidationOptions.Default);

    /// <summary>
    /// Detects, reads and validates a file's content with options (e.g. the official XSDs as well); never throws on bad
    /// input, but throws when <see cref="ValidationOptions.XsdFolder"/> holds no usable schema.
    /// </summary>
    public static ValidationReport Validate(byte[] content, ValidationOptions options)
    {
        var opened = FormatDetector.Open(content);
        if (opened.Detection.Kind == DocumentKind.NotWellFormedXml)
        {
            var sink = new ViolationSink();
            sink.Report("XML-NOT-WELL-FORMED", "/", 0);
            return new ValidationReport(opened.Detection, null, sink.Violations);
        }

        return opened.Xml?.Root is { } root
            ? Validate(root, opened.Detection, options)
            : new ValidationReport(opened.Detection, null, []);
    }

    /// <summary>Reads and validates a UBL or CII document already loaded.</summary>
    public static ValidationReport Validate(XElement root, DetectionResult detection) => Validate(root, detection, ValidationOptions.Default);

    /// <summary>Reads and validates a UBL or CII document already loaded, with options.</summary>
    public static ValidationReport Validate(XElement root, DetectionResult detection, ValidationOptions options)
    {
        var sink = new ViolationSink();
        if (options.XsdFolder is { } xsdFolder)
        {
            OfficialSchemas.For(xsdFolder).Check(root, sink);
        }

        var cii = root.Name.Namespace == CiiNames.Rsm;
        var invoice = cii ? CiiInvoiceReader.Read(root) : UblInvoiceReader.Read(root);
        CheckBusinessRules(SourceRules, invoice, sink);
        ElementPass.Check(root, cii, sink);

        return new ValidationReport(detection, invoice, sink.Violations);
    }

    /// <summary>Checks the EN 16931 business rules on an invoice in the semantic model (e.g. one built in code).</summary>
    public static IReadOnlyList<RuleViolation> CheckBusinessRules(Invoice invoice)
    {
        var sink = new ViolationSink();
        CheckBusinessRules(ModelRules, invoice, sink);
        return sink.Violations;
    }

    private static IInvoiceRules[] Rules(TotalsRules totals) =>
    [
        new DocumentRules(), new PartyRules(), new LineRules(), new AllowanceChargeRules(), totals,
        new VatBreakdownRules(), new PaymentRules(), new DecimalRules(), new VatCategoryRules(),
    ];

    private static void CheckBusinessRules(IInvoiceRules[] rules, Invoice invoice, ViolationSink sink)
    {
        foreach (var family in rules)
        {
            family.Check(invoice, sink);
        }
    }
}
