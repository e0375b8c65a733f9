namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>The codes and libellés the write operations answer with (README §8).</summary>
internal static class WriteLabels
{
    /// <summary>soumettreFacture's family of functional refusals.</summary>
    public const int SubmitRefused = 20013;

    public const string NoDepositRight =
        "GDP_MSG_11.005 Le compte technique n'a pas l'espace « Factures émises » en modification sur sa structure.";

    public static string NotFound(long? id) =>
        $"GDP_MSG_11.008 La demande de paiement {id} n'existe pas.";

    public static string Forbidden(long? id) =>
        $"GDP_MSG_11.005 Le compte technique n'a pas de droit sur la demande de paiement {id} : elle ne relève pas de sa structure ou de ses espaces.";

    public static string NotAllowedNow(string message) => $"GDP_MSG_11.001 Le statut de la facture ne permet pas cette action : {message}";
}
