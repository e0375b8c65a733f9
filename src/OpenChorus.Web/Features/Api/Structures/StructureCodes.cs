using OpenChorus.Web.Features.Shared;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary>The Chorus Pro codes of structures, services and spaces (README §6.4), and the libellés of the errors the
/// Structures operations answer.</summary>
public static class StructureCodes
{
    public const string UnknownStructure = "GDP_MSG_11.008";
    public const string NoRight = "GDP_MSG_11.005";

    /// <summary>typeIdentifiantStructure.</summary>
    public static string Code(this IdentifierType type) => type switch
    {
        IdentifierType.Siret => "SIRET",
        IdentifierType.UeHorsFrance => "UE_HORS_FRANCE",
        IdentifierType.HorsUe => "HORS_UE",
        IdentifierType.Ridet => "RIDET",
        IdentifierType.Tahiti => "TAHITI",
        IdentifierType.Particulier => "PARTICULIER",
        IdentifierType.EnCoursImmatriculation => "AUTRE",
    };

    public static IdentifierType? IdentifierTypeFromCode(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        return Enum.GetValues<IdentifierType>().Cast<IdentifierType?>().FirstOrDefault(t => t!.Value.Code() == value);
    }

    /// <summary>structurePriveePublique / typeStructure.</summary>
    public static string PublicOrPrivate(bool isPublic) => isPublic ? "PUBLIQUE" : "PRIVEE";

    /// <summary>statut of a structure in an answer (a search asks ACTIF / INACTIF).</summary>
    public static string Status(bool isActive) => isActive ? "ACTIVE" : "INACTIVE";

    /// <summary>statutService, statutUtilisateur.</summary>
    public static string ActiveOrNot(bool isActive) => isActive ? "ACTIF" : "INACTIF";

    /// <summary>typeHabilitation of a space.</summary>
    public static string Code(this AccessMode mode) => mode == AccessMode.Modification ? "MODIFICATION" : "CONSULTATION_UNIQUEMENT";

    /// <summary>codeEspace: a stable number per space.</summary>
    public static int Number(this Space space) => (int)space + 1;

    /// <summary>libelleEspace.</summary>
    public static string Libelle(this Space space) => space.Label();

    /// <summary>roleUtilisateur of an attachment (rattachement).</summary>
    public static string Code(this StructureRole role) => role switch
    {
        StructureRole.PrincipalManager => "GESTIONNAIRE_PRINCIPAL",
        StructureRole.SecondaryManager => "GESTIONNAIRE_SECONDAIRE",
        StructureRole.User => "UTILISATEUR",
    };

    public static string Unknown(string what) => $"{UnknownStructure} {what}";

    public static string Forbidden(string what) => $"{NoRight} {what}";
}
