using OpenChorus.Formats.Model;
using OpenChorus.Pdf.Fonts;
using OpenChorus.Pdf.Internal;
using PdfSharp.Pdf;

namespace OpenChorus.Pdf.Rendering;

/// <summary>
/// Renders any invoice or credit note of the semantic model, whatever syntax it was read from, as a readable A4 PDF:
/// real text, Liberation Sans embedded (and fallback fonts for the characters it lacks), long invoices paginated
/// with repeated table headers and "Page 1/3" footers. Shows only what the invoice holds: nothing is invented.
/// </summary>
public static class InvoiceRenderer
{
    /// <summary>Renders the invoice; French unless told otherwise. See <see cref="RenderWithReport"/> for what it could not show.</summary>
    public static byte[] Render(Invoice invoice, Language language = Language.French) =>
        RenderWithReport(invoice, language == Language.French ? RenderOptions.Default : new RenderOptions { Language = language }).Pdf;

    /// <summary>
    /// Renders the invoice and lists the characters no font could show (Liberation Sans, then the fallback fonts of
    /// the options): each is replaced by a visible U+FFFD, never dropped.
    /// </summary>
    public static RenderResult RenderWithReport(Invoice invoice, RenderOptions? options = null)
    {
        options ??= RenderOptions.Default;
        var fonts = new FontFallback(options.FallbackFonts);
        using var document = Draw(invoice, options.Language, fonts);
        return new RenderResult(PdfOutput.Save(document), [.. fonts.Missing]);
    }

    /// <summary>
    /// Renders the invoice uncompressed, for a writer that imports the pages and compresses the result itself
    /// (the Factur-X writer): it saves one parse and one save.
    /// </summary>
    internal static RenderResult RenderUncompressed(Invoice invoice, Language language)
    {
        var fonts = new FontFallback(RenderOptions.Default.FallbackFonts);
        using var document = Draw(invoice, language, fonts);
        return new RenderResult(PdfOutput.SaveUncompressed(document), [.. fonts.Missing]);
    }

    private static PdfDocument Draw(Invoice invoice, Language language, FontFallback fonts)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        EmbeddedFontResolver.EnsureRegistered();
        var labels = Labels.For(language);
        var document = new PdfDocument();
        document.Info.Title = labels.Title(invoice.TypeCode) + " " + invoice.Number;
        document.Info.Author = invoice.Seller?.Name ?? "";
        var title = labels.Title(invoice.TypeCode) + " " + labels.Number + " " + invoice.Number;
        using (var canvas = new PageCanvas(document, fonts) { ContinuationTitle = title + " (" + labels.Continued + ")" })
        {
            HeaderSection.Draw(canvas, invoice, labels, language);
            ReferencesSection.Draw(canvas, invoice, labels, language);
            LinesSection.Draw(canvas, invoice, labels, language);
            AmountsSection.Draw(canvas, invoice, labels, language);
            PaymentSection.Draw(canvas, invoice, labels, language);
        }

        PageFooters.Draw(document, title, labels.Page, fonts);
        return document;
    }
}
