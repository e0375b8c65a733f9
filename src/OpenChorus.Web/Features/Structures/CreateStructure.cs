using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.History;

namespace OpenChorus.Web.Features.Structures;

/// <summary>
/// "Créer une structure": checks the draft, refuses a second structure with the same identifier, opens the default
/// espaces (DOMAIN.md §1.3) and makes the principal (if any) gestionnaire principal, subscribed to them in
/// Modification.
/// </summary>
public sealed class CreateStructure(AppDbContext db, TimeProvider clock, ManagerLog log)
{
    public static IReadOnlyList<Space> DefaultSpaces(bool isPublic) => isPublic
        ? [Space.FacturesEmises, Space.FacturesRecues, Space.SollicitationsEmises, Space.SollicitationsRecues]
        : [Space.FacturesEmises, Space.SollicitationsEmises, Space.SollicitationsRecues];

    public async Task<Outcome> HandleAsync(
        StructureDraft draft, bool isPublic, Guid actorUserId, Guid? principalUserId, CancellationToken cancellationToken)
    {
        var (outcome, structure) = await AddAsync(draft, isPublic, actorUserId, principalUserId, cancellationToken);
        if (structure is null)
        {
            return outcome;
        }

        // Two people creating the same structure at once both pass the check below; the unique index decides.
        return await db.TrySaveChangesAsync(cancellationToken)
            ? Outcome.Ok(structure.Id)
            : Outcome.Fail(AlreadyExists(structure.Identifier), nameof(StructureDraft.Identifier));
    }

    /// <summary>Adds the structure to the unit of work without saving (the directory import saves once for a file).</summary>
    public async Task<(Outcome Outcome, Structure? Structure)> AddAsync(
        StructureDraft draft, bool isPublic, Guid actorUserId, Guid? principalUserId, CancellationToken cancellationToken)
    {
        var errors = draft.Check();
        if (errors.Count > 0)
        {
            return (Outcome.Fail(errors), null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var structure = draft.ToStructure(isPublic, now);
        if (await db.Structures.AnyAsync(s => s.IdentifierType == structure.IdentifierType && s.Identifier == structure.Identifier, cancellationToken))
        {
            return (Outcome.Fail(AlreadyExists(structure.Identifier), nameof(StructureDraft.Identifier)), null);
        }

        db.Structures.Add(structure);
        foreach (var space in DefaultSpaces(isPublic))
        {
            db.StructureSpaces.Add(new StructureSpace { Structure = structure, Space = space, OpenedAtUtc = now });
            if (principalUserId is { } principal)
            {
                db.Subscriptions.Add(new Subscription { Structure = structure, UserId = principal, Space = space, Mode = AccessMode.Modification, CreatedAtUtc = now });
            }
        }

        if (principalUserId is { } user)
        {
            db.Memberships.Add(new Membership { Structure = structure, UserId = user, Role = StructureRole.PrincipalManager, CreatedAtUtc = now });
        }

        log.Add(structure, actorUserId, "Structure créée", principalUserId, $"{structure.CompanyName} ({structure.Identifier})");
        return (Outcome.Ok(), structure);
    }

    private static string AlreadyExists(string identifier) =>
        $"Cette structure existe déjà (identifiant {identifier}) : demandez-y votre rattachement.";
}
