using System.Text;
using OpenChorus.Formats.Conversion;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Tests.Samples;
using OpenChorus.Formats.Validation;

namespace OpenChorus.Formats.Tests.Writing;

/// <summary>Conversion between syntaxes with the model in the middle; invalid or unreadable sources are refused.</summary>
public class InvoiceConverterTests
{
    [Fact]
    public void Convert_UblToCii_GivesTheSameInvoiceInCii()
    {
        var result = InvoiceConverter.Convert(Encoding.UTF8.GetBytes(UblSamples.Invoice), TargetSyntax.Cii);

        var converted = InvoiceValidator.Validate(result.Output!);
        Assert.Equal(InvoiceSyntax.Cii, converted.Invoice!.Syntax);
        Assert.Equal(Verdict.Valid, converted.Verdict);
        Assert.Empty(ModelComparison.Differences(result.Source.Invoice!, converted.Invoice));
    }

    [Fact]
    public void Convert_CiiToUbl_GivesTheSameInvoiceInUbl()
    {
        var result = InvoiceConverter.Convert(Encoding.UTF8.GetBytes(CiiSamples.Invoice), TargetSyntax.Ubl);

        var converted = InvoiceValidator.Validate(result.Output!);
        Assert.Equal(InvoiceSyntax.UblInvoice, converted.Invoice!.Syntax);
        Assert.Equal(Verdict.Valid, converted.Verdict);
        Assert.Empty(ModelComparison.Differences(result.Source.Invoice!, converted.Invoice));
    }

    [Fact]
    public void Convert_InvalidSource_IsRefusedWithTheRules()
    {
        var invalid = UblSamples.With("<cbc:ID>F-2026-001</cbc:ID>", "");

        var result = InvoiceConverter.Convert(Encoding.UTF8.GetBytes(invalid), TargetSyntax.Cii);

        Assert.False(result.Converted);
        Assert.Equal(Verdict.Invalid, result.Source.Verdict);
        Assert.Contains("BR-02", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_NotXml_IsRefusedAsUnreadable()
    {
        var result = InvoiceConverter.Convert("pas une facture"u8.ToArray(), TargetSyntax.Ubl);

        Assert.Null(result.Output);
        Assert.Equal(Verdict.Unreadable, result.Source.Verdict);
        Assert.NotNull(result.Refusal);
    }
}
