namespace OpenChorus.Formats.Conformance;

/// <summary>The agreement figures of a run, in percent.</summary>
internal sealed record ConformanceFigures(
    int Documents,
    double VerdictAgreement,
    double FatalSetAgreement,
    double FatalSetAgreementOutsideKnownDifferences,
    int AcceptedButRejected,
    int UnitCases,
    double UnitExpectationsMet,
    int XsdRejected = 0,
    int XsdRejectedByUs = 0,
    int XsdValidFlaggedByUs = 0)
{
    public static ConformanceFigures Of(ConformanceRun run)
    {
        var documents = run.Documents;
        var comparable = documents.Where(d => d.KnownDifference is null).ToList();
        return new ConformanceFigures(
            documents.Count,
            Percent(documents.Count(d => d.VerdictAgrees), documents.Count),
            Percent(documents.Count(d => d.FatalSetAgrees), documents.Count),
            Percent(comparable.Count(d => d.FatalSetAgrees), comparable.Count),
            documents.Count(d => d.AcceptedButRejected),
            run.UnitCases.Count,
            Percent(run.UnitCases.Count(c => c.Passed), run.UnitCases.Count),
            documents.Count(d => d.OfficialXsdValid == false),
            documents.Count(d => d.OfficialXsdValid == false && d.OurXsdRejection),
            documents.Count(d => d.OfficialXsdValid == true && d.OurXsdRejection));
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
}
