using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary><c>transverses/v1/ajouter/fichier</c> (go-choruspro's AjouterPieceOptions).</summary>
public sealed class AjouterFichierRequest
{
    public string? PieceJointeFichier { get; set; }

    public string? PieceJointeNom { get; set; }

    public string? PieceJointeTypeMime { get; set; }

    public string? PieceJointeExtension { get; set; }
}

public sealed class AjouterFichierResponse : CproAnswer
{
    public long PieceJointeId { get; set; }
}

/// <summary><c>DeposerPdfFactureParam</c>.</summary>
public sealed class DeposerPdfRequest
{
    public string? FichierFacture { get; set; }

    public string? NomFichier { get; set; }

    public string? FormatDepot { get; set; }
}

/// <summary><c>WsRetourDeposerPdfFacture</c>: what could be read from the PDF, and the file's id for soumettre. What was
/// not read is written <c>null</c>, as AIFE's published example answers it (the envelope otherwise leaves nulls out).</summary>
public sealed class DeposerPdfResponse : CproAnswer
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? NumeroFacture { get; set; }

    /// <summary>"2016-01-28".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? DateFacture { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? CodeDestinataire { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? CodeServiceExecutant { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? CodeFournisseur { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? CodeDeviseFacture { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? TypeFacture { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? TypeTva { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? NumeroBonCommande { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? MontantTtcAvantRemiseGlobalTTC { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? MontantAPayer { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? MontantHtTotal { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [JsonPropertyName("montantTVA")]
    public decimal? MontantTva { get; set; }

    public long PieceJointeId { get; set; }
}
