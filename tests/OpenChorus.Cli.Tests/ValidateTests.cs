using System.Text.Json;
using OpenChorus.Cli.Tests.Support;
using OpenChorus.Formats.Tests.Samples;

namespace OpenChorus.Cli.Tests;

/// <summary>openchorus validate: verdicts, exit codes and the three output formats.</summary>
public sealed class ValidateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Validate_ValidUbl_SaysValidAndExits0()
    {
        var run = OpenChorusCli.Run("validate", _folder.Write("f.xml", UblSamples.Invoice));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("VALID", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidUbl_ListsTheRuleInFrenchAndExits1()
    {
        var run = OpenChorusCli.Run("validate", _folder.Write("f.xml", Invoices.InvalidUbl()));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("INVALID", run.Output, StringComparison.Ordinal);
        Assert.Contains("BR-CO-10", run.Output, StringComparison.Ordinal);
        Assert.Contains("recalculez", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LangEn_WritesTheMessagesInEnglish()
    {
        var run = OpenChorusCli.Run("validate", "--lang", "en", _folder.Write("f.xml", Invoices.InvalidUbl()));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BR-CO-10", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("recalculez", run.Output, StringComparison.Ordinal);
        Assert.Contains("recalculate it", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotAnInvoice_Exits2()
    {
        var run = OpenChorusCli.Run("validate", _folder.Write("f.xml", "<pas-une-facture/>"));

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Validate_MissingFile_Exits2()
    {
        Assert.Equal(2, OpenChorusCli.Run("validate", _folder.File("absent.xml")).ExitCode);
    }

    [Fact]
    public void Validate_Json_GivesTheVerdictAndTheFatalRules()
    {
        var run = OpenChorusCli.Run("validate", "--format", "json", _folder.Write("f.xml", Invoices.InvalidUbl()));

        using var json = JsonDocument.Parse(run.Output);
        var document = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("invalid", document.GetProperty("verdict").GetString());
        Assert.Equal("UblInvoice", document.GetProperty("kind").GetString());
        Assert.Contains(document.GetProperty("violations").EnumerateArray(),
            v => v.GetProperty("rule").GetString() == "BR-CO-10" && v.GetProperty("severity").GetString() == "fatal");
    }

    [Fact]
    public void Validate_CsvOnAFolder_GivesOneRowPerDocument()
    {
        _folder.Write("lot/valide.xml", CiiSamples.Invoice);
        _folder.Write("lot/sous/invalide.xml", Invoices.InvalidUbl());

        var run = OpenChorusCli.Run("validate", "--format", "csv", _folder.File("lot"));

        Assert.Equal(1, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1).Select(line => line.Split(',')).ToDictionary(cells => Path.GetFileName(cells[0]));
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Cii", "EN16931", "valid", ""], rows["valide.xml"][1..5]);
        Assert.Equal("invalid", rows["invalide.xml"][3]);
        Assert.Contains("BR-CO-10", rows["invalide.xml"][4].Split(';'));
    }

    [Fact]
    public void Validate_ZipLot_ValidatesEachFileItHolds()
    {
        var run = OpenChorusCli.Run("validate", "--format", "csv", _folder.Write("lot.zip", Invoices.Zip()));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lot.zip#ubl.xml,UblInvoice,EN16931,valid", run.Output, StringComparison.Ordinal);
        Assert.Contains("lot.zip#cii.xml,Cii,EN16931,valid", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_XsdFolderMissing_Exits2()
    {
        var run = OpenChorusCli.Run("validate", "--xsd", _folder.File("pas-de-xsd"), _folder.Write("f.xml", UblSamples.Invoice));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Dossier des XSD introuvable", run.Error, StringComparison.Ordinal);
    }
}
