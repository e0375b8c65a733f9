using OpenChorus.Formats.Tests.Validation;
using OpenChorus.Formats.Writing;

namespace OpenChorus.Formats.Tests.Writing;

/// <summary>The CII writer writes only what the Factur-X profile carries and lists what it left out.</summary>
public class ProfileTests
{
    [Fact]
    public void WriteCii_En16931_LosesNothing()
    {
        CiiInvoiceWriter.Write(WriterRoundTripTests.Sample("rich"), FacturXProfile.En16931, out var losses);

        Assert.Empty(losses);
    }

    [Fact]
    public void WriteCii_BasicWl_LeavesOutLinesAndListsThem()
    {
        var xml = CiiInvoiceWriter.Write(WriterRoundTripTests.Sample("rich"), FacturXProfile.BasicWl, out var losses);

        var read = Validate.Xml(System.Text.Encoding.UTF8.GetString(xml)).Invoice!;
        Assert.Empty(read.Lines);
        Assert.Equal("urn:factur-x.eu:1p0:basicwl", read.SpecificationId);
        Assert.Contains(losses, l => l.Term == "BG-25");
        Assert.Contains(losses, l => l.Term == "BT-14");
        Assert.Contains(losses, l => l.Term == "BG-24");
        Assert.Contains(losses, l => l.Term == "BT-24");
        Assert.All(losses, l => Assert.False(string.IsNullOrEmpty(l.French) || string.IsNullOrEmpty(l.English)));
    }

    [Fact]
    public void WriteCii_Basic_KeepsLinesButNotItemDetails()
    {
        var xml = CiiInvoiceWriter.Write(WriterRoundTripTests.Sample("rich"), FacturXProfile.Basic, out var losses);

        var line = Validate.Xml(System.Text.Encoding.UTF8.GetString(xml)).Invoice!.Lines.Single();
        Assert.Equal("Article", line.Item.Name);
        Assert.Null(line.Item.Description);
        Assert.Contains(losses, l => l.Term == "BT-154");
        Assert.DoesNotContain(losses, l => l.Term == "BG-25");
    }

    [Fact]
    public void WriteCii_Minimum_KeepsTotalsAndParties()
    {
        var xml = CiiInvoiceWriter.Write(WriterRoundTripTests.Sample("rich"), FacturXProfile.Minimum, out var losses);

        var read = Validate.Xml(System.Text.Encoding.UTF8.GetString(xml)).Invoice!;
        Assert.Equal(120m, read.Totals!.PayableAmount);
        Assert.Equal("Vendeur SA", read.Seller!.Name);
        Assert.Null(read.Seller.Address!.City);
        Assert.Equal("FR", read.Seller.Address.CountryCode);
        Assert.Contains(losses, l => l.Term == "BT-37");
        Assert.Contains(losses, l => l.Term == "BG-16");
    }

    [Theory]
    [InlineData("MINIMUM", FacturXProfile.Minimum)]
    [InlineData("BASIC WL", FacturXProfile.BasicWl)]
    [InlineData("basic-wl", FacturXProfile.BasicWl)]
    [InlineData("BASICWL", FacturXProfile.BasicWl)]
    [InlineData("basic", FacturXProfile.Basic)]
    [InlineData("EN 16931", FacturXProfile.En16931)]
    [InlineData("comfort", FacturXProfile.En16931)]
    [InlineData("Extended", FacturXProfile.Extended)]
    public void Parse_ProfileName_GivesTheProfile(string name, FacturXProfile expected) =>
        Assert.Equal(expected, FacturXProfiles.Parse(name));

    [Theory]
    [InlineData("BT-24")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NoProfileName_GivesNull(string? name) => Assert.Null(FacturXProfiles.Parse(name));

    [Theory]
    [InlineData(FacturXProfile.Minimum, "MINIMUM")]
    [InlineData(FacturXProfile.BasicWl, "BASIC WL")]
    [InlineData(FacturXProfile.En16931, "EN 16931")]
    public void ConformanceLevel_IsTheXmpValueAndParsesBack(FacturXProfile profile, string level)
    {
        Assert.Equal(level, profile.ConformanceLevel());
        Assert.Equal(profile, FacturXProfiles.FromName(level));
    }
}
