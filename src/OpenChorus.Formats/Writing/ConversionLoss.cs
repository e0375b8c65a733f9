namespace OpenChorus.Formats.Writing;

/// <summary>
/// A business term the model holds that the target syntax or profile could not carry, and so was not written; or,
/// rarely, a value the syntax requires that the model lacks and the writer had to put in (e.g. BT-125-1).
/// </summary>
/// <param name="Term">The EN 16931 id of the term or group (e.g. BT-14, BG-25).</param>
/// <param name="French">What was left out and why, in French.</param>
/// <param name="English">The same in English.</param>
public sealed record ConversionLoss(string Term, string French, string English);
