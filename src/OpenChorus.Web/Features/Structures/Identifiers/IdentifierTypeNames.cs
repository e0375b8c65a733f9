namespace OpenChorus.Web.Features.Structures.Identifiers;

/// <summary>The portal's words for each identifier type.</summary>
public static class IdentifierTypeNames
{
    public static string Label(this IdentifierType type) => type switch
    {
        IdentifierType.Siret => "SIRET",
        IdentifierType.UeHorsFrance => "Structure européenne hors France",
        IdentifierType.HorsUe => "Structure hors UE",
        IdentifierType.Ridet => "RIDET",
        IdentifierType.Tahiti => "Numéro TAHITI",
        IdentifierType.Particulier => "Particulier",
        IdentifierType.EnCoursImmatriculation => "En cours d'immatriculation",
    };
}
