using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Manage;

namespace OpenChorus.Web.Features.Api.Portal;

/// <summary>"Raccordements › Comptes techniques": the structure's managers see its technical accounts; only the
/// gestionnaire principal creates one, gives it a new password (shown once, on this answer only) or revokes it.</summary>
public sealed class ComptesTechniquesModel(AppDbContext db, AccessService access, TechnicalAccounts accounts, TimeProvider clock)
    : ManagerPageModel(access)
{
    public string StructureName { get; private set; } = "";

    public bool IsPrincipal { get; private set; }

    public DateTime Now { get; private set; }

    public IReadOnlyList<Space> OpenSpaces { get; private set; } = [];

    public IReadOnlyList<TechnicalAccountRow> Accounts { get; private set; } = [];

    /// <summary>The login and password just issued: shown once, never stored in clear.</summary>
    public IssuedPassword? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(Dictionary<Space, AccessMode?>? spaces, CancellationToken cancellationToken)
    {
        var chosen = (spaces ?? []).Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value);
        return await ShowAsync(await accounts.CreateAsync(User.UserId(), StructureId, chosen, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostPasswordAsync(int account, CancellationToken cancellationToken) =>
        await ShowAsync(await accounts.ResetPasswordAsync(User.UserId(), StructureId, account, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(int account, CancellationToken cancellationToken) =>
        Done(await accounts.RevokeAsync(User.UserId(), StructureId, account, cancellationToken),
            "Le compte technique est révoqué : ses appels sont refusés.", Request.Path);

    private async Task<IActionResult> ShowAsync(IssuedPassword issued, CancellationToken cancellationToken)
    {
        if (issued.Outcome.IsDenied)
        {
            return NotFound();
        }

        if (issued.Outcome.Succeeded)
        {
            Issued = issued;
        }
        else
        {
            ModelState.AddOutcome(issued.Outcome);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        IsPrincipal = await Access.IsPrincipalAsync(User.UserId(), StructureId, cancellationToken);
        StructureName = await db.Structures.Where(s => s.Id == StructureId).Select(s => s.CompanyName).SingleAsync(cancellationToken);
        OpenSpaces = await db.StructureSpaces.Where(o => o.StructureId == StructureId).Select(o => o.Space)
            .OrderBy(s => s).ToListAsync(cancellationToken);
        var rows = await db.TechnicalAccounts.Where(a => a.StructureId == StructureId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Login, a.CreatedAtUtc, a.PasswordExpiresAtUtc, a.RevokedAtUtc, a.UserId })
            .ToListAsync(cancellationToken);
        var users = rows.Select(r => r.UserId).ToList();
        var subscriptions = await db.Subscriptions.Where(s => s.StructureId == StructureId && users.Contains(s.UserId))
            .Select(s => new { s.UserId, s.Space, s.Mode }).ToListAsync(cancellationToken);
        Accounts = rows.Select(r => new TechnicalAccountRow(
            r.Id, r.Login, r.CreatedAtUtc, r.PasswordExpiresAtUtc, r.RevokedAtUtc,
            subscriptions.Where(s => s.UserId == r.UserId).OrderBy(s => s.Space)
                .Select(s => $"{Shared.SpaceNames.Label(s.Space)} ({(s.Mode == AccessMode.Modification ? "modification" : "consultation")})").ToList()))
            .ToList();
    }
}

public sealed record TechnicalAccountRow(
    int Id, string Login, DateTime CreatedAtUtc, DateTime PasswordExpiresAtUtc, DateTime? RevokedAtUtc, IReadOnlyList<string> Spaces);
