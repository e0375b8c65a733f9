using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Structures;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Transverses;

/// <summary>
/// <c>POST /cpro/transverses/v1/consulter/information/siret</c>: Chorus Pro answers from INSEE's SIRENE register; we
/// have no connection to INSEE, so we answer from the platform's own structures (a public one, or the caller's own)
/// and say so in the libellé. A SIRET we do not hold is answered as unknown.
/// </summary>
public static class ConsulterInformationSiret
{
    public const string Source = "TRA_MSG_00.000 Informations issues des structures enregistrées sur OpenChorus : l'INSEE (répertoire SIRENE) n'est pas interrogé.";

    public static async Task<IResult> HandleAsync(InformationSiretRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var siret = request.SiretStructure?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return CproResults.Invalid(20000, $"{StructureCodes.UnknownStructure} Le SIRET « {request.SiretStructure} » doit compter 14 chiffres.");
        }

        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.AsNoTracking().VisibleTo(db, caller.UserId)
            .SingleOrDefaultAsync(s => s.IdentifierType == IdentifierType.Siret && s.Identifier == siret, cancellationToken);
        if (structure is null)
        {
            return CproResults.NotFound($"{StructureCodes.UnknownStructure} Aucune structure de SIRET {siret} n'est connue d'OpenChorus (l'INSEE n'est pas interrogé).");
        }

        var address = string.Join(" ", new[] { structure.AddressLine, structure.PostalCode, structure.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return CproResults.Ok(new InformationSiretAnswer
        {
            Libelle = Source,
            Siret = structure.Identifier,
            Siren = structure.Identifier[..9],
            RaisonSociale = structure.CompanyName,
            Adresse = address,
            EstActif = structure.IsActive,
            NonDiffusibleInsee = false,
        });
    }
}

public sealed class InformationSiretRequest
{
    public string? SiretStructure { get; set; }
}

/// <summary>The SIRET's data; the INSEE-only fields (catégories, dates de création, siège…) stay empty.</summary>
public sealed class InformationSiretAnswer : CproAnswer
{
    public string? Siret { get; init; }

    public string? Siren { get; init; }

    public string? RaisonSociale { get; init; }

    public string? Adresse { get; init; }

    public string? Civilite { get; init; }

    public string? CategorieEntreprise { get; init; }

    public string? CategorieJuridique { get; init; }

    public string? DateCreationEntreprise { get; init; }

    public string? DateCreationEtablissement { get; init; }

    public string? DateReactivationEtablissement { get; init; }

    public bool EstActif { get; init; }

    public string? LocalisationSiege { get; init; }

    public bool NonDiffusibleInsee { get; init; }

    public string? NumeroInterneClassement { get; init; }

    public string? Siege { get; init; }

    public string? SiretPredecesseurSuccesseur { get; init; }
}
