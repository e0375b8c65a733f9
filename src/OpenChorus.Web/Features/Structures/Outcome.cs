namespace OpenChorus.Web.Features.Structures;

/// <summary>What a use case answers: success (with the id it created, if any) or French messages keyed by field.</summary>
public sealed record Outcome(IReadOnlyList<OutcomeError> Errors, int? Id = null)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The actor may not act on this structure: pages answer 404 and change nothing.</summary>
    public bool IsDenied { get; init; }

    public string Message => string.Join(" ", Errors.Select(e => e.Message));

    public static Outcome Denied() => new([new OutcomeError("", "Vous n'avez pas les droits nécessaires.")]) { IsDenied = true };

    public static Outcome Ok(int? id = null) => new([], id);

    public static Outcome Fail(string message, string field = "") => new([new OutcomeError(field, message)]);

    public static Outcome Fail(IReadOnlyList<OutcomeError> errors) => new(errors);
}

public sealed record OutcomeError(string Field, string Message);
