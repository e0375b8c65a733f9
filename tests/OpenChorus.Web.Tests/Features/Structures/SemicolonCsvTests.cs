using OpenChorus.Web.Features.Structures.Directory;

namespace OpenChorus.Web.Tests.Features.Structures;

public sealed class SemicolonCsvTests
{
    [Fact]
    public void Read_QuotedValues_KeepSemicolonsQuotesAndLineBreaks()
    {
        var records = SemicolonCsv.Read("A;\"Mairie; annexe\";\"dite \"\"la Grande\"\"\"\nB;\"deux\nlignes\";x\nC;;\"\"\n").ToList();

        Assert.Equal([1, 2, 4], records.Select(r => r.LineNumber));
        Assert.Equal(["A", "Mairie; annexe", "dite \"la Grande\""], records[0].Fields);
        Assert.Equal(["B", "deux\nlignes", "x"], records[1].Fields);
        Assert.Equal(["C", "", ""], records[2].Fields);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Read_BomAndWindowsLineEndings_AreIgnored()
    {
        var records = SemicolonCsv.Read("\uFEFFA;1\r\nB;\"x\r\ny\"\r\nC;3\r\n").ToList();

        Assert.Equal([1, 2, 4], records.Select(r => r.LineNumber));
        Assert.Equal(["A", "1"], records[0].Fields);
        Assert.Equal("x\r\ny", records[1].Fields[1]);
        Assert.Equal(["C", "3"], records[2].Fields);
    }

    [Theory]
    [InlineData("A;\"jamais fermé\nB;2", "un guillemet ouvert n'est jamais refermé")]
    [InlineData("A;\"fermé\" puis texte;3", "un texte entre guillemets doit être suivi d'un point-virgule ou de la fin de la ligne")]
    public void Read_WrongQuotes_ReportsTheRecordLine(string content, string error)
    {
        var first = SemicolonCsv.Read(content).First();

        Assert.Equal((1, error), (first.LineNumber, first.Error));
    }
}
