using System.Text.RegularExpressions;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Validation.Syntax;

namespace OpenChorus.Formats.Tests.Validation.Syntax;

/// <summary>
/// Every syntax rule of the official schematron (UBL-SR, UBL-DT, UBL-CR, CII-SR, CII-DT) is implemented: a row of the
/// generated table, or named by a hand-written rule file of Validation/Syntax.
/// </summary>
public partial class SyntaxRuleCoverageTests
{
    /// <summary>Rules that cannot apply, with the reason. Empty: every rule of release 1.3.16 is implemented.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("UBL-SR-", 54)]
    [InlineData("UBL-DT-", 24)]
    [InlineData("UBL-CR-", 678)]
    [InlineData("CII-SR-", 482)]
    [InlineData("CII-DT-", 101)]
    public void EveryOfficialRuleOfTheFamily_IsImplemented(string family, int officialCount)
    {
        var official = RuleCatalog.OfficialRuleIds.Where(id => id.StartsWith(family, StringComparison.Ordinal)).ToList();
        var implemented = SyntaxRuleTable.RuleIds(cii: false).Concat(SyntaxRuleTable.RuleIds(cii: true)).Concat(NativeRuleIds()).ToHashSet(StringComparer.Ordinal);

        var missing = official.Where(id => !implemented.Contains(id) && !Excluded.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(officialCount, official.Count);
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryTableRow_Compiles()
    {
        Assert.Empty(SyntaxRuleTable.UncompiledRuleIds());
    }

    /// <summary>The rule ids the hand-written syntax rule files report (string literals such as "UBL-CR-412").</summary>
    private static HashSet<string> NativeRuleIds()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "OpenChorus.Formats", "Validation", "Syntax");
        return Directory.EnumerateFiles(folder, "*.cs")
            .Where(f => !f.EndsWith(".g.cs", StringComparison.Ordinal))
            .SelectMany(f => RuleLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenChorus.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("OpenChorus.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("\"((?:UBL|CII)-(?:SR|DT|CR)-\\d+)\"")]
    private static partial Regex RuleLiteral();
}
