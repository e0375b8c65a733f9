using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Conversion;

/// <summary>The outcome of a conversion: the written document, what it could not carry, and the source's validation.</summary>
/// <param name="Source">The validation of the source: a source that is not a valid invoice is not converted.</param>
/// <param name="Output">The converted document (UTF-8 XML), or null when the source was refused.</param>
/// <param name="Losses">The business terms of the source the target could not carry.</param>
public sealed record ConversionResult(ValidationReport Source, byte[]? Output, IReadOnlyList<ConversionLoss> Losses)
{
    /// <summary>True when the document was converted.</summary>
    public bool Converted => Output is not null;

    /// <summary>Why the source was refused, in French; null when it was converted.</summary>
    public string? Refusal => Source.Verdict switch
    {
        _ when Converted => null,
        Verdict.Invalid => "La facture source n'est pas valide (règles EN 16931 enfreintes : " +
            string.Join(", ", Source.FatalRuleIds) + ") : elle n'est pas convertie.",
        Verdict.NotAnInvoice => "Le fichier source n'est pas une facture EN 16931 : " + Source.Detection.Reason,
        _ => "Le fichier source est illisible : " + Source.Detection.Reason,
    };

    /// <summary>Why the source was refused, in English; null when it was converted.</summary>
    public string? RefusalInEnglish => Source.Verdict switch
    {
        _ when Converted => null,
        Verdict.Invalid => "The source invoice is not valid (EN 16931 rules broken: " +
            string.Join(", ", Source.FatalRuleIds) + "): not converted.",
        Verdict.NotAnInvoice => "The source file is not an EN 16931 invoice: " + Source.Detection.Reason,
        _ => "The source file cannot be read: " + Source.Detection.Reason,
    };
}
