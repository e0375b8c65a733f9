using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Demo;

/// <summary>
/// The demo data set: a supplier company, a public entity with services and parameters, a titulaire, a login for
/// each role, and invoices in every status (<see cref="DemoInvoices"/>).
/// Runs once: it does nothing when the demo supplier already exists.
/// </summary>
public sealed partial class DemoSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    DemoInvoices demoInvoices,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Structures.AnyAsync(s => s.Identifier == DemoData.SupplierSiret, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var accounts = new Dictionary<string, AppUser>();
        foreach (var login in DemoData.Logins)
        {
            accounts[login.Email] = await CreateUserAsync(login, now);
        }

        await EnsureAdministratorAsync(accounts[DemoData.Administrator.Email]);
        db.Structures.Add(DemoData.Supplier(now));
        db.Structures.Add(DemoData.PublicEntity(now));
        db.Structures.Add(DemoData.Titulaire(now));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var grant in DemoData.Grants)
        {
            var structure = await db.Structures.SingleAsync(s => s.Identifier == grant.Siret, cancellationToken);
            var user = accounts[grant.Login.Email];
            db.Memberships.Add(new Membership { StructureId = structure.Id, UserId = user.Id, Role = grant.Role, CreatedAtUtc = now });
            foreach (var (space, mode) in grant.Spaces)
            {
                db.Subscriptions.Add(new Subscription { StructureId = structure.Id, UserId = user.Id, Space = space, Mode = mode, CreatedAtUtc = now });
            }
        }

        foreach (var (siret, spaces) in DemoData.OpenSpaces)
        {
            var structure = await db.Structures.SingleAsync(s => s.Identifier == siret, cancellationToken);
            db.StructureSpaces.AddRange(spaces.Select(space => new StructureSpace { StructureId = structure.Id, Space = space, OpenedAtUtc = now }));
        }

        await db.SaveChangesAsync(cancellationToken);
        var invoices = await demoInvoices.SeedAsync(accounts, cancellationToken);
        LogSeeded(logger, DemoData.Logins.Count, invoices);
    }

    private async Task<AppUser> CreateUserAsync(DemoLogin login, DateTime now)
    {
        var user = new AppUser
        {
            UserName = login.Email,
            Email = login.Email,
            EmailConfirmed = true,
            FirstName = login.FirstName,
            LastName = login.LastName,
            ContactEmail = login.Email,
            TermsAcceptedAtUtc = now,
            CreatedAtUtc = now,
        };
        var result = await users.CreateAsync(user, options.Value.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo user {login.Email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        return user;
    }

    private async Task EnsureAdministratorAsync(AppUser administrator)
    {
        if (!await roles.RoleExistsAsync(AccessService.PlatformAdministratorRole))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(AccessService.PlatformAdministratorRole));
        }

        await users.AddToRoleAsync(administrator, AccessService.PlatformAdministratorRole);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data set created: {Count} logins (see README), {Invoices} invoices")]
    private static partial void LogSeeded(ILogger logger, int count, int invoices);
}
