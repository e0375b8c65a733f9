namespace OpenChorus.Web.Features.Flux;

/// <summary>The states of a deposited flux that OpenChorus goes through (README §6.2, etatCourantDepotFlux).</summary>
public enum FluxState
{
    /// <summary>IN_RECU: accepted, waiting for a processor.</summary>
    Recu,

    /// <summary>IN_EN_COURS_TRAITEMENT_CPP: a processor holds its lease.</summary>
    EnCoursTraitement,

    /// <summary>IN_INTEGRE: every invoice was created.</summary>
    Integre,

    /// <summary>IN_INTEGRE_PARTIEL: the good invoices were created, the others are in the error list.</summary>
    IntegrePartiel,

    /// <summary>IN_REJETE: no invoice was created (the file is unreadable, or every invoice was refused).</summary>
    Rejete,
}

public static class FluxStates
{
    public const string RecuCode = "IN_RECU";
    public const string EnCoursCode = "IN_EN_COURS_TRAITEMENT_CPP";

    public static string Code(this FluxState state) => state switch
    {
        FluxState.Recu => RecuCode,
        FluxState.EnCoursTraitement => EnCoursCode,
        FluxState.Integre => "IN_INTEGRE",
        FluxState.IntegrePartiel => "IN_INTEGRE_PARTIEL",
        _ => "IN_REJETE",
    };

    public static FluxState Parse(string code) =>
        Enum.GetValues<FluxState>().FirstOrDefault(s => s.Code() == code);

    public static bool IsFinal(this FluxState state) => state is FluxState.Integre or FluxState.IntegrePartiel or FluxState.Rejete;
}
