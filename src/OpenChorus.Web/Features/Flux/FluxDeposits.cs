using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Flux;

public enum FluxRefusalKind
{
    /// <summary>The user may not deposit invoices for this structure (Factures émises in Modification).</summary>
    Denied,

    /// <summary>syntaxeFlux is missing or not a value of the contract.</summary>
    UnknownSyntax,

    /// <summary>A value of the contract OpenChorus does not accept (PES, XCBL, CPP Facture min…).</summary>
    UnsupportedSyntax,

    /// <summary>The file is empty or its name is missing.</summary>
    MissingFile,

    /// <summary>The file is over 10 MB.</summary>
    TooLarge,
}

/// <summary>Why a flux was not accepted: a kind the API turns into codeRetour / libelle, and the French sentence.</summary>
public sealed record FluxRefusal(FluxRefusalKind Kind, string Message);

/// <summary>An accepted flux (numeroFluxDepot, dateDepot), or the refusal.</summary>
public sealed record FluxAcceptance(string? Number, DateTime? DepositedAtUtc, string? Syntax, FluxRefusal? Refusal)
{
    public bool Accepted => Refusal is null;

    public static FluxAcceptance Refuse(FluxRefusalKind kind, string message) => new(null, null, null, new FluxRefusal(kind, message));
}

/// <summary>
/// deposerFluxFacture: checks the depositor's rights, the syntax and the size, keeps the file and the flux (IN_RECU)
/// and answers its number at once; <see cref="FluxProcessor"/> integrates it afterwards. The file goes to the document
/// store first (content-addressed: an interrupted deposit leaves at worst an unreferenced document), then the flux row.
/// </summary>
public sealed class FluxDeposits(AppDbContext db, AccessService access, IDocumentStore store, TimeProvider clock)
{
    public async Task<FluxAcceptance> AcceptAsync(
        Guid userId, int structureId, string fileName, byte[] content, string syntaxeFlux, bool withSignature, CancellationToken cancellationToken)
    {
        if (!await access.CanAsync(userId, structureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken))
        {
            return FluxAcceptance.Refuse(FluxRefusalKind.Denied,
                "Vous n'avez pas le droit de déposer des factures pour cette structure (espace Factures émises en modification).");
        }

        var syntax = FluxSyntax.Find(syntaxeFlux);
        if (syntax is null)
        {
            return FluxAcceptance.Refuse(FluxRefusalKind.UnknownSyntax, string.IsNullOrWhiteSpace(syntaxeFlux)
                ? "Indiquez la syntaxe du flux (syntaxeFlux), par exemple IN_DP_E1_UBL_INVOICE."
                : $"La syntaxe « {Shorten(syntaxeFlux)} » n'existe pas : indiquez par exemple IN_DP_E1_UBL_INVOICE, IN_DP_E1_CII_16B ou IN_DP_E2_CII_FACTURX.");
        }

        if (syntax.Family is null)
        {
            return FluxAcceptance.Refuse(FluxRefusalKind.UnsupportedSyntax, syntax.Refusal!);
        }

        if (content.Length == 0)
        {
            return FluxAcceptance.Refuse(FluxRefusalKind.MissingFile, "Le fichier du flux (fichierFlux) est vide : joignez la facture ou le lot encodé en base64.");
        }

        if (content.Length > FluxDepot.MaxBytes)
        {
            return FluxAcceptance.Refuse(FluxRefusalKind.TooLarge, "Le fichier du flux dépasse 10 Mo : déposez-le en plusieurs lots.");
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "flux" : UploadTickets.CleanName(fileName.Trim());
        var sha = await store.PutAsync(content, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var flux = new FluxDepot
        {
            StructureId = structureId,
            DepositorUserId = userId,
            Syntax = syntax.Code,
            InterfaceCode = syntax.InterfaceCode,
            FileName = name,
            WithSignature = withSignature,
            Sha256 = sha,
            Length = content.LongLength,
            ReceivedAtUtc = now,
        };
        flux.Receive(now);
        db.FluxDepots.Add(flux);
        await db.SaveChangesAsync(cancellationToken);
        return new FluxAcceptance(flux.Number, now, syntax.Code, null);
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
