using System.Globalization;

namespace OpenChorus.Formats.Conformance;

/// <summary>The corpus lane: our verdicts and fatal rule sets against those of the official EN 16931 artefacts.</summary>
public class ConformanceTests(ConformanceFixture fixture, ITestOutputHelper output) : IClassFixture<ConformanceFixture>
{
    [Fact]
    public void Corpus_VariableSet_PointsAtTheCorpus()
    {
        var root = Corpus.Root();

        Assert.True(Directory.Exists(Path.Combine(root, "unit")), "the corpus has no unit/ folder: " + root);
    }

    [Fact]
    public void Verdicts_AgainstOfficialArtefacts_AgreeAtLeastTheRatchet()
    {
        output.WriteLine(fixture.Summary);

        Assert.True(fixture.Figures.VerdictAgreement >= ConformanceRatchet.VerdictAgreement,
            Format("verdict agreement {0} % fell below the ratchet {1} %", fixture.Figures.VerdictAgreement, ConformanceRatchet.VerdictAgreement));
    }

    [Fact]
    public void FatalRuleSets_AgainstOfficialArtefacts_AgreeAtLeastTheRatchet()
    {
        output.WriteLine(fixture.Summary);

        Assert.True(fixture.Figures.FatalSetAgreement >= ConformanceRatchet.FatalSetAgreement,
            Format("fatal rule set agreement {0} % fell below the ratchet {1} %", fixture.Figures.FatalSetAgreement, ConformanceRatchet.FatalSetAgreement));
    }

    [Fact]
    public void RejectedDocuments_OfficiallyInvalid_AreNeverAccepted()
    {
        var accepted = fixture.Run.Documents.Where(d => d.AcceptedButRejected).Select(d => d.File).ToList();

        Assert.True(accepted.Count <= ConformanceRatchet.AcceptedButRejected, "accepted but officially rejected:\n" + string.Join('\n', accepted));
    }

    [Fact]
    public void UnitExpectations_OfficialUnitTests_MeetAtLeastTheRatchet()
    {
        foreach (var failure in fixture.Run.UnitCases.Where(c => !c.Passed).Take(50))
        {
            output.WriteLine($"{failure.File}: expected {failure.Expected} for {failure.Rule}");
        }

        Assert.True(fixture.Figures.UnitExpectationsMet >= ConformanceRatchet.UnitExpectationsMet,
            Format("unit expectations met {0} % fell below the ratchet {1} %", fixture.Figures.UnitExpectationsMet, ConformanceRatchet.UnitExpectationsMet));
    }

    [Fact]
    public void KnownDifferences_EachListed_HaveAReason()
    {
        var known = fixture.Run.Documents.Where(d => d.KnownDifference is not null).ToList();
        foreach (var document in known)
        {
            output.WriteLine($"{document.File}: {document.KnownDifference}");
        }

        Assert.All(known, d => Assert.False(string.IsNullOrWhiteSpace(d.KnownDifference)));
        Assert.DoesNotContain(known, d => d.AcceptedButRejected);
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
