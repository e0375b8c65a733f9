using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Api.Structures;

/// <summary><c>POST /cpro/structures/v1/consulter</c> (consulterStructureAvecTVAIntraCom): a public structure or the
/// caller's own, with what it requires on an invoice (code service, numéro d'engagement) — the second step of AIFE's
/// cinématique. On its own structure the caller also reads when its technical password expires.</summary>
public static class ConsulterStructure
{
    public static async Task<IResult> HandleAsync(ConsulterStructureRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var access = http.RequestServices.GetRequiredService<AccessService>();
        var (structure, refusal) = await StructureLookup.FindAsync(db, access, caller, request.IdStructureCPP ?? request.IdStructure, cancellationToken);
        if (structure is null)
        {
            return refusal!;
        }

        DateTime? passwordExpiry = structure.Id == caller.StructureId
            ? await db.TechnicalAccounts.Where(a => a.UserId == caller.UserId).Select(a => (DateTime?)a.PasswordExpiresAtUtc).SingleOrDefaultAsync(cancellationToken)
            : null;
        var particulier = structure.IdentifierType == IdentifierType.Particulier;
        return CproResults.Ok(new ConsulterStructureAnswer
        {
            InformationGenerales = new InformationsGeneralesStructure
            {
                IdStructureCPP = structure.Id,
                IdentifiantStructure = structure.Identifier,
                TypeIdentifiantStructure = structure.IdentifierType.Code(),
                LibelleStructure = structure.CompanyName,
                RaisonSocialeStructure = particulier ? null : structure.CompanyName,
                NomStructure = particulier ? structure.CompanyName : null,
                EmailStructure = structure.Email,
                NumeroTVA = structure.VatNumber,
                StructurePriveePublique = StructureCodes.PublicOrPrivate(structure.IsPublic),
                EstValideurDeleguee = false,
                DateExpirationMotPasseCompteTech = passwordExpiry is { } expiry ? CproDates.OffsetSeconds(expiry) : null,
            },
            AdressePostaleDuSiege = AdressePostale.Of(structure),
            Parametres = ParametresStructure.Of(structure.Parameters),
        });
    }
}

public sealed class ConsulterStructureRequest
{
    public string? CodeLangue { get; set; }

    public long? IdStructureCPP { get; set; }

    /// <summary>go-choruspro's name for <see cref="IdStructureCPP"/> (README §9).</summary>
    public long? IdStructure { get; set; }
}

public sealed class ConsulterStructureAnswer : CproAnswer
{
    public InformationsGeneralesStructure? InformationGenerales { get; init; }

    public AdressePostale? AdressePostaleDuSiege { get; init; }

    public ParametresStructure? Parametres { get; init; }
}

public sealed class InformationsGeneralesStructure
{
    public long IdStructureCPP { get; init; }

    public required string IdentifiantStructure { get; init; }

    public required string TypeIdentifiantStructure { get; init; }

    public string? LibelleStructure { get; init; }

    public string? RaisonSocialeStructure { get; init; }

    public string? NomStructure { get; init; }

    public string? PrenomStructure { get; init; }

    public string? EmailStructure { get; init; }

    public string? NumeroTVA { get; init; }

    public string? NumeroRcsStructure { get; init; }

    /// <summary>PUBLIQUE or PRIVEE.</summary>
    public required string StructurePriveePublique { get; init; }

    public bool EstValideurDeleguee { get; init; }

    public List<StructureDupliqueeItem> ListeStructureDupliquees { get; init; } = [];

    /// <summary>Only on the caller's own structure: when its technical password expires.</summary>
    public string? DateExpirationMotPasseCompteTech { get; init; }
}

/// <summary>A structure this one was duplicated into; we do not duplicate, the list stays empty.</summary>
public sealed record StructureDupliqueeItem([property: JsonPropertyName("structureDupliquee")] long Id);

/// <summary>What the structure requires on the invoices it receives, and the flags we do not manage (always false).</summary>
public sealed class ParametresStructure
{
    public bool CodeServiceDoitEtreRenseigne { get; init; }

    public bool NumeroEJDoitEtreRenseigne { get; init; }

    public bool GestionNumeroEJOuCodeService { get; init; }

    public bool StatutMiseEnPaiementNestPasRemonte { get; init; }

    public bool ConnexionEDI { get; init; }

    public bool EstMoaUniquement { get; init; }

    public bool EstValideurDelegue { get; init; }

    public bool GetaMoa { get; init; }

    public bool NonDiffusibleInsee { get; init; }

    public bool RecevoirDonneesViaEDI { get; init; }

    public static ParametresStructure Of(StructureParameters parameters) => new()
    {
        CodeServiceDoitEtreRenseigne = parameters.ServiceCodeRequired,
        NumeroEJDoitEtreRenseigne = parameters.EngagementRequired,
        GestionNumeroEJOuCodeService = parameters.ServiceOrEngagementRequired,
        StatutMiseEnPaiementNestPasRemonte = parameters.PaymentStatusNotReported,
    };
}
