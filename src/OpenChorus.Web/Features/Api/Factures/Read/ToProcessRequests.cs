using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Read;

/// <summary>RechercherFactureATraiterParFournisseurParam.</summary>
public sealed class SupplierToProcessRequest
{
    public long? IdUtilisateurCourant { get; set; }

    public long? IdStructure { get; set; }

    public bool? MasquerRejetee { get; set; }

    public CproPaging? RechercheFactureATraiterParFournisseur { get; set; }

    public bool? RecupererTaille { get; set; }
}

/// <summary>RechercherFactureATraiterParRecipiendaireParam.</summary>
public sealed class RecipientToProcessRequest
{
    public long? IdUtilisateurCourant { get; set; }

    public long? IdStructure { get; set; }

    public bool? RecupererTaille { get; set; }

    public ToProcessPaging? ParametreRechercheFactureATraiterParRecipiendaire { get; set; }
}

/// <summary>ParametreRechercheFactureATraiterParRecipiendaire, whose maximum is spelt <c>getnbResultatsMaximum</c>
/// (a Java getter's name leaking into the contract).</summary>
public sealed class ToProcessPaging
{
    public int? GetnbResultatsMaximum { get; set; }

    public int? NbResultatsMaximum { get; set; }

    public int? PageResultatDemandee { get; set; }

    public int? NbResultatsParPage { get; set; }

    public string? TriColonne { get; set; }

    public string? TriSens { get; set; }

    public string? TriSense { get; set; }

    public CproPaging ToPaging() => new()
    {
        NbResultatsMaximum = NbResultatsMaximum ?? GetnbResultatsMaximum,
        PageResultatDemandee = PageResultatDemandee,
        NbResultatsParPage = NbResultatsParPage,
        TriColonne = TriColonne,
        TriSens = TriSens,
        TriSense = TriSense,
    };
}

/// <summary>RechercherFactureATraiterParValideurParam.</summary>
public sealed class ValidatorToProcessRequest
{
    public long? IdUtilisateurCourant { get; set; }

    public long? IdStructure { get; set; }

    public string? TypeIdentifiantStructure { get; set; }

    public string? IdentifiantStructure { get; set; }

    public CproPaging? Pagination { get; set; }
}
