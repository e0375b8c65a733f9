namespace OpenChorus.Pdf.FacturX;

/// <summary>A Factur-X PDF and what keeps it from being a conforming PDF/A-3b, if anything.</summary>
/// <param name="Pdf">The PDF/A-3b file embedding factur-x.xml.</param>
/// <param name="Problems">
/// Why the file may not conform, in English: a layout font that is not embedded, a BT-24 that names another
/// profile… Empty when nothing was found.
/// </param>
public sealed record FacturXResult(byte[] Pdf, IReadOnlyList<string> Problems);

/// <summary>A Factur-X that cannot be written at all: the XML is not CII, or the layout PDF cannot be read.</summary>
public sealed class FacturXException(string message, Exception? inner = null) : Exception(message, inner);
