namespace OpenChorus.Formats.Validation;

/// <summary>How serious a rule violation is, as flagged by the EN 16931 artefacts.</summary>
public enum Severity
{
    /// <summary>The document is rejected.</summary>
    Fatal,

    /// <summary>The document is accepted; the issue should be corrected.</summary>
    Warning,
}
