using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary><c>CompleterFactureParam</c>.</summary>
public sealed class CompleterRequest
{
    public long? IdentifiantFactureCPP { get; set; }

    public List<PieceJointeComplementaire>? PieceJointeComplementaire { get; set; }

    public string? Commentaire { get; set; }
}

/// <summary><c>WsRetourCompleterFacture</c>.</summary>
public sealed class CompleterResponse : CproAnswer
{
    public long IdentifiantFactureCPP { get; set; }

    public string? NumeroFacture { get; set; }

    /// <summary>"2018-02-16T15:10:25.536+01:00".</summary>
    public string? DateTraitement { get; set; }
}

/// <summary><c>RecyclerFactureParam</c>; <c>references</c> is read as well as the Swagger's <c>reference</c>.</summary>
public sealed class RecyclerRequest
{
    public long? IdentifiantFactureCPP { get; set; }

    public SoumettreDestinataire? Destinataire { get; set; }

    public SoumettreReferences? Reference { get; set; }

    public SoumettreReferences? References { get; set; }

    public string? Commentaire { get; set; }
}

/// <summary><c>WsRetourRecyclerFacture</c>.</summary>
public sealed class RecyclerResponse : CproAnswer
{
    public long IdentifiantFactureCPP { get; set; }

    public string? NumeroFacture { get; set; }

    public string? StatutFacture { get; set; }

    /// <summary>"2026-04-03".</summary>
    public string? DateDepot { get; set; }
}

/// <summary><c>TraiterFacturesRejeteesParam</c>.</summary>
public sealed class TraiterRejetRequest
{
    public List<DemandePaiementId>? ListeDemandePaiement { get; set; }

    public string? MotifRejet { get; set; }

    public string? CpltInfos { get; set; }
}

public sealed class DemandePaiementId
{
    public long? IdDemandePaiement { get; set; }

    /// <summary>Some clients name it idFacture.</summary>
    public long? IdFacture { get; set; }
}

/// <summary><c>TraiterUneFactureRecueParam</c>.</summary>
public sealed class TraiterRecueRequest
{
    public long? IdFacture { get; set; }

    public string? NouveauStatut { get; set; }

    public string? Motif { get; set; }

    public string? NumeroDPMandat { get; set; }
}

/// <summary><c>WsRetourTraiterFacture</c>.</summary>
public sealed class TraiterRecueResponse : CproAnswer
{
    public long IdFacture { get; set; }

    public string? NumeroFacture { get; set; }

    /// <summary>"2016-03-18".</summary>
    public string? DateTraitement { get; set; }

    public string? NouveauStatut { get; set; }
}

/// <summary><c>TraiterFactureAValiderParam</c>.</summary>
public sealed class TraiterAValiderRequest
{
    public long? IdFacture { get; set; }

    public string? Action { get; set; }

    public string? TypeValideur { get; set; }

    public long? IdValideur { get; set; }

    public string? MotifRefus { get; set; }

    public string? ComplementInfo { get; set; }
}

/// <summary><c>WsRetourTraiterFactureAValider</c>.</summary>
public sealed class TraiterAValiderResponse : CproAnswer
{
    public long IdFacture { get; set; }

    public string? NumeroFacture { get; set; }

    /// <summary>"2017-08-24T14:14:15.616+02:00".</summary>
    public string? DateTraitement { get; set; }

    public string? StatutFacture { get; set; }
}

/// <summary><c>CorrigerValideurFactureParam</c>.</summary>
public sealed class CorrigerValideurRequest
{
    public long? IdFacture { get; set; }

    public long? IdStructure { get; set; }

    public string? TypeIdentifiantStructure { get; set; }

    public string? IdentifiantStructure { get; set; }
}

/// <summary><c>WsRetourCorrigerValideurFacture</c>.</summary>
public sealed class CorrigerValideurResponse : CproAnswer
{
    public long IdFacture { get; set; }
}
