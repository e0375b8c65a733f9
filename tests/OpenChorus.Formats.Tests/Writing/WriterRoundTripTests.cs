using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Tests.Validation;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Tests.Writing;

/// <summary>The test samples written in UBL and CII read back to an equal model, and the XML written is valid.</summary>
public class WriterRoundTripTests
{
    public static TheoryData<string> Samples => ["ubl", "cii", "model", "rich"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void WriteUbl_Sample_ReadsBackEqual(string sample)
    {
        var source = Sample(sample);

        var written = InvoiceValidator.Validate(UblInvoiceWriter.Write(source));

        Assert.Empty(ModelComparison.Differences(source, written.Invoice!));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void WriteCii_Sample_ReadsBackEqual(string sample)
    {
        var source = Sample(sample);

        var written = InvoiceValidator.Validate(CiiInvoiceWriter.Write(source));

        Assert.Empty(ModelComparison.Differences(source, written.Invoice!));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_ValidSample_PassesOurValidator(string sample)
    {
        var source = Sample(sample);

        Assert.Empty(InvoiceValidator.Validate(UblInvoiceWriter.Write(source)).FatalRuleIds);
        Assert.Empty(InvoiceValidator.Validate(CiiInvoiceWriter.Write(source)).FatalRuleIds);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_SameModelTwice_SameBytes(string sample)
    {
        Assert.Equal(UblInvoiceWriter.Write(Sample(sample)), UblInvoiceWriter.Write(Sample(sample)));
        Assert.Equal(CiiInvoiceWriter.Write(Sample(sample)), CiiInvoiceWriter.Write(Sample(sample)));
    }

    [Fact]
    public void Write_AnyInvoice_Utf8WithoutBomAndInvariantNumbers()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            var ubl = UblInvoiceWriter.Write(Sample("ubl"));
            var text = System.Text.Encoding.UTF8.GetString(ubl);

            Assert.Equal((byte)'<', ubl[0]);
            Assert.Contains(">66.6667<", text, StringComparison.Ordinal);
            Assert.Contains(">2026-03-15<", text, StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WriteUbl_CreditNoteFromCii_WritesACreditNoteAndReportsTheDueDateItCannotHold()
    {
        var creditNote = Sample("cii") with { TypeCode = "381" };

        var written = InvoiceValidator.Validate(UblInvoiceWriter.Write(creditNote, out var losses));

        Assert.Equal(InvoiceSyntax.UblCreditNote, written.Invoice!.Syntax);
        Assert.Empty(written.FatalRuleIds);
        Assert.Equal(["DueDate: 2026-04-14 ≠ null"], ModelComparison.Differences(creditNote, written.Invoice));
        Assert.Equal("BT-9", losses.Single().Term);
    }

    internal static Invoice Sample(string name) => name switch
    {
        "ubl" => Validate.Xml(UblSamples.Invoice).Invoice!,
        "cii" => Validate.Xml(CiiSamples.Invoice).Invoice!,
        "model" => ModelSamples.OneLine(),
        _ => WriterSamples.Rich(),
    };
}
