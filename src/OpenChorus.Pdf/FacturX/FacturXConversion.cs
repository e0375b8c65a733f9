using OpenChorus.Formats.Conversion;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Pdf.FacturX;

/// <summary>The outcome of converting an invoice into a Factur-X PDF.</summary>
/// <param name="Cii">The conversion of the source into CII: its validation, the factur-x.xml written and the losses.</param>
/// <param name="Pdf">The Factur-X PDF/A-3b, or null when the source was refused.</param>
/// <param name="Problems">What may keep the PDF from conforming (see <see cref="FacturXResult.Problems"/>).</param>
public sealed record FacturXConversion(ConversionResult Cii, byte[]? Pdf, IReadOnlyList<FacturXProblem> Problems)
{
    /// <summary>True when the Factur-X was written.</summary>
    public bool Converted => Pdf is not null;

    /// <summary>The business terms of the source the profile could not carry in factur-x.xml.</summary>
    public IReadOnlyList<ConversionLoss> Losses => Cii.Losses;
}
