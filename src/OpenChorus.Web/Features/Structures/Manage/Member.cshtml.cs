using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Members;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>A manager sets a member's subscriptions directly (no request from the user needed) and, on a public
/// structure, limits them to some of its services for "Factures reçues".</summary>
public sealed class MemberModel(AppDbContext db, AccessService access, SetSubscription set, LimitToServices limit) : ManagerPageModel(access)
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    public string StructureName { get; private set; } = "";

    public string UserEmail { get; private set; } = "";

    public IReadOnlyList<(Space Space, AccessMode? Mode)> Modes { get; private set; } = [];

    /// <summary>The services a member may be limited to (public structures only); inactive ones only when chosen.</summary>
    public IReadOnlyList<(Service Service, bool Chosen)> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await Access.IsMemberAsync(UserId, StructureId, cancellationToken))
        {
            return NotFound();
        }

        StructureName = await db.Structures.Where(s => s.Id == StructureId).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        UserEmail = await db.Users.Where(u => u.Id == UserId).Select(u => u.Email!).SingleAsync(cancellationToken);
        var open = await db.StructureSpaces.Where(o => o.StructureId == StructureId).Select(o => o.Space).ToListAsync(cancellationToken);
        var current = await db.Subscriptions.Where(s => s.StructureId == StructureId && s.UserId == UserId).ToDictionaryAsync(s => s.Space, s => s.Mode, cancellationToken);
        Modes = Enum.GetValues<Space>().Where(open.Contains).Select(s => (s, current.TryGetValue(s, out var m) ? m : (AccessMode?)null)).ToList();
        var chosen = await db.ServiceRestrictions.Where(r => r.StructureId == StructureId && r.UserId == UserId).Select(r => r.ServiceId).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().Where(s => s.StructureId == StructureId && s.Structure!.IsPublic && (s.IsActive || chosen.Contains(s.Id)))
            .OrderBy(s => s.Code).ToListAsync(cancellationToken);
        Services = services.Select(s => (s, chosen.Contains(s.Id))).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Dictionary<string, string> modes, CancellationToken cancellationToken)
    {
        var parsed = new Dictionary<Space, AccessMode?>();
        foreach (var (key, value) in modes)
        {
            if (Enum.TryParse<Space>(key, out var space))
            {
                parsed[space] = Enum.TryParse<AccessMode>(value, out var mode) ? mode : null;
            }
        }

        return Done(await set.HandleAsync(User.UserId(), StructureId, UserId, parsed, cancellationToken),
            "Les abonnements de l'utilisateur sont enregistrés.", $"/structures/manage/{StructureId}/users/{UserId}");
    }

    public async Task<IActionResult> OnPostServicesAsync(List<int> services, CancellationToken cancellationToken) =>
        Done(await limit.HandleAsync(User.UserId(), StructureId, UserId, services, cancellationToken),
            services.Count == 0 ? "L'utilisateur voit toute la structure dans Factures reçues." : "L'utilisateur ne voit plus que les factures des services cochés dans Factures reçues.",
            $"/structures/manage/{StructureId}/users/{UserId}");
}
