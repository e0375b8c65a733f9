using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Members;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures.Manage;

/// <summary>"Mes structures" > stylo: the structure's espaces, its users and their roles, direct attachment.</summary>
public sealed class StructureModel(AppDbContext db, AccessService access) : ManagerPageModel(access)
{
    public Structure Structure { get; private set; } = null!;

    public IReadOnlyList<Space> OpenSpaces { get; private set; } = [];

    public IReadOnlyList<Space> ClosedSpaces { get; private set; } = [];

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    private string Back => $"/structures/manage/{StructureId}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Structure = await db.Structures.SingleAsync(s => s.Id == StructureId, cancellationToken);
        var open = await db.StructureSpaces.Where(o => o.StructureId == StructureId).Select(o => o.Space).ToListAsync(cancellationToken);
        OpenSpaces = Enum.GetValues<Space>().Where(open.Contains).ToList();
        ClosedSpaces = Enum.GetValues<Space>().Except(open).ToList();
        Members = await (from m in db.Memberships
                         join u in db.Users on m.UserId equals u.Id
                         where m.StructureId == StructureId && !db.TechnicalAccounts.Any(a => a.UserId == m.UserId)
                         orderby u.LastName
                         select new MemberRow(u.Id, u.FirstName + " " + u.LastName, u.Email!, m.Role, u.EmailConfirmed && u.DeactivatedAtUtc == null))
                        .ToListAsync(cancellationToken);
        Members = Members.OrderByDescending(m => m.Role).ToList();
    }

    public async Task<IActionResult> OnPostOpenSpacesAsync(List<Space> spaces, [FromServices] OpenSpaces handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(User.UserId(), StructureId, spaces, cancellationToken), "Les espaces sont ouverts sur la structure.", Back);

    public async Task<IActionResult> OnPostCloseSpaceAsync(Space space, [FromServices] CloseSpace handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(User.UserId(), StructureId, space, cancellationToken), "L'espace est fermé.", Back);

    public async Task<IActionResult> OnPostAttachAsync(string? email, [FromServices] AttachUser handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(User.UserId(), StructureId, email ?? "", cancellationToken), "L'utilisateur est rattaché à la structure.", Back);

    public async Task<IActionResult> OnPostDetachAsync(Guid userId, [FromServices] DetachUser handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(User.UserId(), StructureId, userId, cancellationToken), "L'utilisateur est détaché de la structure.", Back);

    public async Task<IActionResult> OnPostChangeRoleAsync(Guid userId, StructureRole role, [FromServices] ChangeRole handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(User.UserId(), StructureId, userId, role, cancellationToken), "Le rôle est modifié.", Back);

    public async Task<IActionResult> OnPostResendActivationAsync(Guid userId, [FromServices] ResendActivationLink handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(User.UserId(), StructureId, userId, cancellationToken), "Le lien d'activation est renvoyé.", Back);
}

public sealed record MemberRow(Guid UserId, string Name, string Email, StructureRole Role, bool Active);
