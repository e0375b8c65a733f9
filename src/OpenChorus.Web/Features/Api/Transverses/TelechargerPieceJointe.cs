using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Factures.Read;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>TelechargerPieceJointeOptions: what to download (objetPieceJointe) and, for a payment request, which.</summary>
public sealed class TelechargerPieceJointeRequest
{
    public string? ObjetPieceJointe { get; set; }

    public DownloadRequest? DemandePaiement { get; set; }
}

/// <summary>The answer: the file, base64.</summary>
public sealed class TelechargerPieceJointeAnswer : CproAnswer
{
    public string? PieceJointe { get; set; }
}

/// <summary>
/// telecharger/pieceJointe: the files of payment requests (objetPieceJointe DEMANDE_PAIEMENT), exactly as
/// telecharger/groupe gives them (one PDF, the PIVOT original, or a ZIP). The other objects (engagements, sollicitations,
/// structure documents) hold no files in OpenChorus and are refused with that reason.
/// </summary>
public static class TelechargerPieceJointe
{
    public static async Task<IResult> HandleAsync(TelechargerPieceJointeRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var target = request.ObjetPieceJointe?.Trim().ToUpperInvariant();
        if (target is not (null or "" or "DEMANDE_PAIEMENT"))
        {
            return CproResults.Invalid(20000,
                $"GDP_MSG_11.008 OpenChorus ne conserve pas de pièce jointe pour l'objet {target} : seules les demandes de paiement (DEMANDE_PAIEMENT) en ont.");
        }

        var (content, refusal) = await DownloadInvoices.FilesAsync(request.DemandePaiement ?? new DownloadRequest(), caller, http, cancellationToken);
        return refusal ?? CproResults.Ok(new TelechargerPieceJointeAnswer { PieceJointe = Convert.ToBase64String(content!) });
    }
}
