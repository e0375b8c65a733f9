using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Structures.Access;

/// <summary>
/// The one place that answers "may this user do this, on this structure, in this space, in this mode?".
/// Every page and endpoint asks it on every request, so a change of rights applies at once, without logging out.
/// </summary>
public sealed class AccessService(AppDbContext db)
{
    public const string PlatformAdministratorRole = "Administrateur";

    private static readonly Func<AppDbContext, Guid, int, Space, bool, CancellationToken, Task<bool>> Can = EF.CompileAsyncQuery(
        (AppDbContext db, Guid userId, int structureId, Space space, bool modification, CancellationToken _) =>
            (from s in db.Subscriptions
             join m in db.Memberships on new { s.StructureId, s.UserId } equals new { m.StructureId, m.UserId }
             join o in db.StructureSpaces on new { s.StructureId, s.Space } equals new { o.StructureId, o.Space }
             join st in db.Structures on s.StructureId equals st.Id
             where s.UserId == userId && s.StructureId == structureId && s.Space == space && st.IsActive
                   && (!modification || s.Mode == AccessMode.Modification)
             select s.Id).Any());

    public static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>True when the user is attached to the active structure, the space is open on it, and the user's
    /// subscription allows the mode (Modification includes Consultation). Asked on every request: compiled once.</summary>
    public Task<bool> CanAsync(Guid userId, int structureId, Space space, AccessMode mode, CancellationToken cancellationToken = default) =>
        Can(db, userId, structureId, space, mode == AccessMode.Modification, cancellationToken);

    /// <summary>True when the user (a person or a technical account) may act, in Modification mode, in at least one
    /// space of the active structure: what managing its connections (webhooks) asks.</summary>
    public Task<bool> CanModifyAnySpaceAsync(Guid userId, int structureId, CancellationToken cancellationToken = default) =>
        (from s in db.Subscriptions
         join m in db.Memberships on new { s.StructureId, s.UserId } equals new { m.StructureId, m.UserId }
         join o in db.StructureSpaces on new { s.StructureId, s.Space } equals new { o.StructureId, o.Space }
         join st in db.Structures on s.StructureId equals st.Id
         where s.UserId == userId && s.StructureId == structureId && st.IsActive && s.Mode == AccessMode.Modification
         select s.Id).AnyAsync(cancellationToken);

    /// <summary>Gestionnaire principal or secondaire of the structure.</summary>
    public Task<bool> IsManagerAsync(Guid userId, int structureId, CancellationToken cancellationToken = default) =>
        db.Memberships.AnyAsync(
            m => m.UserId == userId && m.StructureId == structureId
                 && (m.Role == StructureRole.PrincipalManager || m.Role == StructureRole.SecondaryManager),
            cancellationToken);

    public Task<bool> IsPrincipalAsync(Guid userId, int structureId, CancellationToken cancellationToken = default) =>
        db.Memberships.AnyAsync(
            m => m.UserId == userId && m.StructureId == structureId && m.Role == StructureRole.PrincipalManager,
            cancellationToken);

    public Task<bool> IsMemberAsync(Guid userId, int structureId, CancellationToken cancellationToken = default) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.StructureId == structureId, cancellationToken);

    public Task<bool> IsAnyManagerAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Memberships.AnyAsync(
            m => m.UserId == userId
                 && (m.Role == StructureRole.PrincipalManager || m.Role == StructureRole.SecondaryManager),
            cancellationToken);

    /// <summary>The structures on which the user may use the space in at least the given mode.</summary>
    public async Task<IReadOnlyList<int>> StructuresWithAsync(
        Guid userId, Space space, AccessMode mode, CancellationToken cancellationToken = default) =>
        await (from s in db.Subscriptions
               join m in db.Memberships on new { s.StructureId, s.UserId } equals new { m.StructureId, m.UserId }
               join o in db.StructureSpaces on new { s.StructureId, s.Space } equals new { o.StructureId, o.Space }
               join st in db.Structures on s.StructureId equals st.Id
               where s.UserId == userId && s.Space == space && st.IsActive
                     && (mode == AccessMode.Consultation || s.Mode == AccessMode.Modification)
               select s.StructureId).Distinct().ToListAsync(cancellationToken);

    /// <summary>The spaces the menu shows: those the user has on at least one structure.</summary>
    public async Task<IReadOnlySet<Space>> SpacesOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var spaces = await (from s in db.Subscriptions
                            join m in db.Memberships on new { s.StructureId, s.UserId } equals new { m.StructureId, m.UserId }
                            join o in db.StructureSpaces on new { s.StructureId, s.Space } equals new { o.StructureId, o.Space }
                            join st in db.Structures on s.StructureId equals st.Id
                            where s.UserId == userId && st.IsActive
                            select s.Space).Distinct().ToListAsync(cancellationToken);
        return spaces.ToHashSet();
    }

    /// <summary>Spaces a member subscribes to without a manager's validation (DOMAIN.md §1.3).</summary>
    public static bool IsSelfService(Space space) =>
        space is Space.FacturesEmises or Space.SollicitationsEmises or Space.SollicitationsRecues;

    /// <summary>An account that finished activation and was not deactivated: the only kind that may be attached to a
    /// structure or receive the gestionnaire principal role.</summary>
    public Task<bool> IsActiveAccountAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => u.Id == userId && u.EmailConfirmed && u.DeactivatedAtUtc == null, cancellationToken);

    /// <summary>Platform administrator, read from the database on every request (not from the sign-in cookie).</summary>
    public Task<bool> IsPlatformAdministratorAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId && r.Name == PlatformAdministratorRole
         select ur.UserId).AnyAsync(cancellationToken);

    /// <summary>The invoices of the space the user may see (Consultation) or act on (Modification): every page and
    /// endpoint on invoices filters through <c>Invoices.VisibleIn(scope)</c>.</summary>
    public async Task<InvoiceScope> InvoiceScopeAsync(Guid userId, Space space, AccessMode mode, CancellationToken cancellationToken = default)
    {
        var structures = await StructuresWithAsync(userId, space, mode, cancellationToken);
        if (space != Space.FacturesRecues || structures.Count == 0)
        {
            return new InvoiceScope(space, structures, [], []);
        }

        var restrictions = await db.ServiceRestrictions
            .Where(r => r.UserId == userId && structures.Contains(r.StructureId))
            .Select(r => new { r.StructureId, r.ServiceId })
            .ToListAsync(cancellationToken);
        var restricted = restrictions.Select(r => r.StructureId).Distinct().ToList();
        return new InvoiceScope(space, structures.Except(restricted).ToList(), restricted, restrictions.Select(r => r.ServiceId).ToList());
    }

    /// <summary>The structures where the user may use the space, with the mode of the subscription.</summary>
    public async Task<IReadOnlyList<SpaceAccess>> AccessesToAsync(Guid userId, Space space, CancellationToken cancellationToken = default) =>
        await (from s in db.Subscriptions
               join m in db.Memberships on new { s.StructureId, s.UserId } equals new { m.StructureId, m.UserId }
               join o in db.StructureSpaces on new { s.StructureId, s.Space } equals new { o.StructureId, o.Space }
               join st in db.Structures on s.StructureId equals st.Id
               where s.UserId == userId && s.Space == space && st.IsActive
               orderby st.CompanyName
               select new SpaceAccess(st.Id, st.CompanyName, st.Identifier, s.Mode)).ToListAsync(cancellationToken);
}

/// <summary>What a user may see of the invoices of one space: the structures they see whole, and on the structures
/// where they are limited to some services ("Factures reçues" only), those services.</summary>
public sealed record InvoiceScope(Space Space, IReadOnlyList<int> WholeStructures, IReadOnlyList<int> RestrictedStructures, IReadOnlyList<int> Services)
{
    public bool IsEmpty => WholeStructures.Count == 0 && RestrictedStructures.Count == 0;
}

public sealed record SpaceAccess(int StructureId, string CompanyName, string Identifier, AccessMode Mode);
