using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Shared;

/// <summary>The portal's words for each espace and mode, as Chorus Pro shows them.</summary>
public static class SpaceNames
{
    public static string Label(this Space space) => space switch
    {
        Space.FacturesEmises => "Factures émises",
        Space.FacturesRecues => "Factures reçues",
        Space.FacturesAValider => "Factures à valider",
        Space.FacturesTravaux => "Factures de travaux",
        Space.MemoiresFraisJustice => "Mémoires de frais de justice",
        Space.RemboursementTaxes => "Remboursement de taxes",
        Space.Engagements => "Engagements",
        Space.SollicitationsEmises => "Sollicitations émises",
        Space.SollicitationsRecues => "Sollicitations reçues",
        Space.Raccordements => "Raccordements",
    };

    public static string Label(this AccessMode mode) => mode switch
    {
        AccessMode.Consultation => "Consultation",
        AccessMode.Modification => "Modification",
    };

    public static string Label(this StructureRole role) => role switch
    {
        StructureRole.PrincipalManager => "Gestionnaire principal",
        StructureRole.SecondaryManager => "Gestionnaire secondaire",
        StructureRole.User => "Utilisateur",
    };

    /// <summary>Where the menu's tab leads: the space's own Synthèse when it has one, its landing page otherwise.</summary>
    public static string Home(this Space space) =>
        space is Space.FacturesEmises or Space.FacturesRecues or Space.FacturesAValider ? $"/{space.Slug()}" : $"/spaces/{space.Slug()}";

    /// <summary>URL segment of the space's landing page.</summary>
    public static string Slug(this Space space) => space switch
    {
        Space.FacturesEmises => "factures-emises",
        Space.FacturesRecues => "factures-recues",
        Space.FacturesAValider => "factures-a-valider",
        Space.FacturesTravaux => "factures-travaux",
        Space.MemoiresFraisJustice => "memoires-frais-justice",
        Space.RemboursementTaxes => "remboursement-taxes",
        Space.Engagements => "engagements",
        Space.SollicitationsEmises => "sollicitations-emises",
        Space.SollicitationsRecues => "sollicitations-recues",
        Space.Raccordements => "raccordements",
    };
}
