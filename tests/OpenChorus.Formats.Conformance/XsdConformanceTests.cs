namespace OpenChorus.Formats.Conformance;

/// <summary>The official XSD verdict (UBL 2.1, CII D16B) beside our XSD-level checks, document by document.</summary>
public class XsdConformanceTests(ConformanceFixture fixture, ITestOutputHelper output) : IClassFixture<ConformanceFixture>
{
    [Fact]
    public void XsdInvalidDocuments_OfficiallyRejectedBySchema_AreRejectedForAnXsdReason()
    {
        var missed = fixture.Run.Documents.Where(d => d.OfficialXsdValid == false && !d.OurXsdRejection).Select(d => d.File).ToList();
        output.WriteLine($"{fixture.Run.Documents.Count(d => d.OfficialXsdValid == false)} documents rejected by the official XSDs; {missed.Count} without an XSD reason from us");

        Assert.True(missed.Count <= ConformanceRatchet.XsdRejectionsMissed, "rejected by the official XSDs, not by ours:\n" + string.Join('\n', missed));
    }

    [Fact]
    public void XsdValidDocuments_AcceptedBySchema_HaveNoXsdViolation()
    {
        var flagged = fixture.Run.Documents.Where(d => d.OfficialXsdValid == true && d.OurXsdRejection).Select(d => d.File).ToList();

        Assert.True(flagged.Count == 0, "valid for the official XSDs, rejected by ours:\n" + string.Join('\n', flagged));
    }
}
