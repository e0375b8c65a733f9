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

/// <summary><c>WsRetourDeposerPdfFacture</c>: what could be read from the PDF, and the file's id for soumettre.</summary>
public sealed class DeposerPdfResponse : CproAnswer
{
    public string? NumeroFacture { get; set; }

    /// <summary>"2016-01-28".</summary>
    public string? DateFacture { get; set; }

    public string? CodeDestinataire { get; set; }

    public string? CodeServiceExecutant { get; set; }

    public string? CodeFournisseur { get; set; }

    public string? CodeDeviseFacture { get; set; }

    public string? TypeFacture { get; set; }

    public string? TypeTva { get; set; }

    public string? NumeroBonCommande { get; set; }

    public decimal? MontantTtcAvantRemiseGlobalTTC { get; set; }

    public decimal? MontantAPayer { get; set; }

    public decimal? MontantHtTotal { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("montantTVA")]
    public decimal? MontantTva { get; set; }

    public long PieceJointeId { get; set; }
}
