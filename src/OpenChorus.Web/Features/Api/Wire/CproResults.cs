namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>
/// How the API answers, as Chorus Pro does: 200 with <c>codeRetour</c> 0 on success; 200 with 20000 /
/// TRA_MSG_00.015 for a search that found nothing (Pastell aborts on anything but 200); a functional error as 400 with
/// the envelope; 401, 403, 413 and 415 for authentication, access, size and content type, with the envelope too.
/// </summary>
public static class CproResults
{
    public const int NoResultCode = 20000;
    public const string NoResultLabel = "TRA_MSG_00.015 La recherche n'a retourné aucun résultat.";

    public static IResult Ok<T>(T body)
        where T : CproAnswer => Results.Json(body, CproJson.Options);

    public static IResult NoResult<T>(T body)
        where T : CproAnswer
    {
        body.CodeRetour = NoResultCode;
        body.Libelle = NoResultLabel;
        return Results.Json(body, CproJson.Options);
    }

    public static IResult Error(int httpStatus, int codeRetour, string libelle) =>
        Results.Json(new CproAnswer { CodeRetour = codeRetour, Libelle = libelle }, CproJson.Options, statusCode: httpStatus);

    /// <summary>400, codeRetour 20000: the object named does not exist.</summary>
    public static IResult NotFound(string libelle) => Error(StatusCodes.Status400BadRequest, 20000, libelle);

    /// <summary>403, codeRetour 20001: the technical account has no right on what it names (another structure's).</summary>
    public static IResult Forbidden(string libelle) => Error(StatusCodes.Status403Forbidden, 20001, libelle);

    /// <summary>400, codeRetour 20002: the current status does not allow the action (GDP_MSG_11.001).</summary>
    public static IResult NotAllowedNow(string libelle) => Error(StatusCodes.Status400BadRequest, 20002, libelle);

    /// <summary>400 with a functional error code and its libellé.</summary>
    public static IResult Invalid(int codeRetour, string libelle) => Error(StatusCodes.Status400BadRequest, codeRetour, libelle);
}
