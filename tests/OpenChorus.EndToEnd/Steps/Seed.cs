using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Identifiers;

namespace OpenChorus.EndToEnd.Steps;

/// <summary>Data the page-by-page checks start from, written straight through the application's services.</summary>
public static class Seed
{
    private static int _next = 200_000;

    /// <summary>A unique login address for this run.</summary>
    public static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@exemple.fr";

    /// <summary>A fresh valid SIRET: 13 digits from a counter, then the Luhn key digit.</summary>
    public static string NewSiret()
    {
        var body = "5" + Interlocked.Increment(ref _next).ToString("D12", CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10)
            .Select(key => body + key.ToString(CultureInfo.InvariantCulture))
            .First(siret => IdentifierRules.CheckSiret(siret) is null);
    }

    /// <summary>An active account with <see cref="AccountSteps.Password"/>, optionally a platform administrator.</summary>
    public static async Task<Guid> UserAsync(this PortalServer server, string email, bool administrator = false)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FirstName = "Dominique",
            LastName = email.Split('.')[0],
            ContactEmail = email,
            CreatedAtUtc = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, AccountSteps.Password));
        if (administrator)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(AccessService.PlatformAdministratorRole))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(AccessService.PlatformAdministratorRole)));
            }

            Check(await users.AddToRoleAsync(user, AccessService.PlatformAdministratorRole));
        }

        return user.Id;
    }

    /// <summary>A private structure (or a public one) whose gestionnaire principal is <paramref name="principalId"/>.</summary>
    public static async Task<int> StructureAsync(this PortalServer server, Guid principalId, string name, bool isPublic = false, string? siret = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateStructure>();
        var draft = new StructureDraft(IdentifierType.Siret, siret ?? NewSiret(), name, "1 rue de la Paix", "75002", "Paris", "FR", null, null, null, null);
        var outcome = await create.HandleAsync(draft, isPublic, principalId, principalId, CancellationToken.None);
        return outcome.Id ?? throw new InvalidOperationException(outcome.Message);
    }

    /// <summary>Attaches a user to a structure with a role.</summary>
    public static async Task MemberAsync(this PortalServer server, int structureId, Guid userId, StructureRole role = StructureRole.User)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Memberships.Add(new Membership { StructureId = structureId, UserId = userId, Role = role, CreatedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
