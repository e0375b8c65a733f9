using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Demo;

public sealed record DemoLogin(string Email, string FirstName, string LastName);

public sealed record DemoGrant(DemoLogin Login, string Siret, StructureRole Role, IReadOnlyList<(Space Space, AccessMode Mode)> Spaces);

/// <summary>What the demo contains. The README lists these logins; keep both in step.</summary>
public static class DemoData
{
    public const string SupplierSiret = "81234567600017";
    public const string PublicEntitySiret = "21750001600019";
    public const string TitulaireSiret = "44123456700010";

    public static readonly DemoLogin Administrator = new("admin@demo.openchorus.fr", "Alice", "Administratrice");
    public static readonly DemoLogin SupplierPrincipal = new("gp.fournisseur@demo.openchorus.fr", "Paul", "Durand");
    public static readonly DemoLogin SupplierSecondary = new("gs.fournisseur@demo.openchorus.fr", "Sophie", "Martin");
    public static readonly DemoLogin SupplierUser = new("utilisateur.fournisseur@demo.openchorus.fr", "Ugo", "Bernard");
    public static readonly DemoLogin PublicPrincipal = new("gp.mairie@demo.openchorus.fr", "Claire", "Lefèvre");
    public static readonly DemoLogin PublicUser = new("agent.mairie@demo.openchorus.fr", "Marc", "Petit");
    public static readonly DemoLogin TitulairePrincipal = new("gp.titulaire@demo.openchorus.fr", "Hélène", "Rivière");

    public static IReadOnlyList<DemoLogin> Logins { get; } =
        [Administrator, SupplierPrincipal, SupplierSecondary, SupplierUser, PublicPrincipal, PublicUser, TitulairePrincipal];

    private static readonly (Space, AccessMode)[] SupplierAll =
    [
        (Space.FacturesEmises, AccessMode.Modification),
        (Space.SollicitationsEmises, AccessMode.Modification),
        (Space.SollicitationsRecues, AccessMode.Modification),
    ];

    private static readonly (Space, AccessMode)[] PublicAll =
    [
        (Space.FacturesEmises, AccessMode.Modification),
        (Space.FacturesRecues, AccessMode.Modification),
        (Space.SollicitationsEmises, AccessMode.Modification),
        (Space.SollicitationsRecues, AccessMode.Modification),
    ];

    public static IReadOnlyList<DemoGrant> Grants { get; } =
    [
        new(SupplierPrincipal, SupplierSiret, StructureRole.PrincipalManager, SupplierAll),
        new(SupplierSecondary, SupplierSiret, StructureRole.SecondaryManager, SupplierAll),
        new(SupplierUser, SupplierSiret, StructureRole.User, [(Space.FacturesEmises, AccessMode.Modification)]),
        new(PublicPrincipal, PublicEntitySiret, StructureRole.PrincipalManager, PublicAll),
        new(PublicUser, PublicEntitySiret, StructureRole.User, [(Space.FacturesRecues, AccessMode.Consultation)]),
        new(TitulairePrincipal, TitulaireSiret, StructureRole.PrincipalManager, [(Space.FacturesEmises, AccessMode.Modification), (Space.FacturesAValider, AccessMode.Modification)]),
    ];

    public static IReadOnlyList<(string Siret, Space[] Spaces)> OpenSpaces { get; } =
    [
        (SupplierSiret, [Space.FacturesEmises, Space.SollicitationsEmises, Space.SollicitationsRecues]),
        (PublicEntitySiret, [Space.FacturesEmises, Space.FacturesRecues, Space.SollicitationsEmises, Space.SollicitationsRecues]),
        (TitulaireSiret, [Space.FacturesEmises, Space.FacturesAValider]),
    ];

    public static Structure Supplier(DateTime now) => new()
    {
        IdentifierType = IdentifierType.Siret,
        Identifier = SupplierSiret,
        CompanyName = "Fournitures Durand SARL",
        AddressLine = "12 rue des Artisans",
        PostalCode = "69003",
        City = "Lyon",
        VatNumber = "FR32812345676",
        Email = "contact@fournitures-durand.example",
        Iban = "FR7630006000011234567890189",
        Bic = "AGRIFRPPXXX",
        CreatedAtUtc = now,
    };

    /// <summary>The titulaire of a works contract on which the demo supplier is a subcontractor (cadre A9).</summary>
    public static Structure Titulaire(DateTime now) => new()
    {
        IdentifierType = IdentifierType.Siret,
        Identifier = TitulaireSiret,
        CompanyName = "Bâtiments Rivière SA",
        AddressLine = "8 quai des Chantiers",
        PostalCode = "44000",
        City = "Nantes",
        VatNumber = "FR12441234567",
        Email = "factures@batiments-riviere.example",
        CreatedAtUtc = now,
    };

    public static Structure PublicEntity(DateTime now)
    {
        var commune = new Structure
        {
            IdentifierType = IdentifierType.Siret,
            Identifier = PublicEntitySiret,
            IsPublic = true,
            CompanyName = "Commune de Villeneuve-sur-Démo",
            AddressLine = "1 place de la Mairie",
            PostalCode = "75001",
            City = "Paris",
            Email = "factures@villeneuve-demo.example",
            CreatedAtUtc = now,
            Parameters = new StructureParameters { ServiceCodeRequired = true, PaymentStatusNotReported = false },
        };
        commune.Services.Add(new Service { Code = "FINANCES", Name = "Direction des finances", EngagementRequired = true });
        commune.Services.Add(new Service { Code = "TECHNIQUE", Name = "Services techniques" });
        commune.Services.Add(new Service { Code = "ECOLES", Name = "Affaires scolaires", ReportsPayment = false });
        commune.Services.Add(new Service { Code = "ANCIEN", Name = "Ancien service (inactif)", IsActive = false });
        return commune;
    }
}
