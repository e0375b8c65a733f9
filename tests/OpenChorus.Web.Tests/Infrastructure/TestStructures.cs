using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Identifiers;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>Valid SIRETs and ready-made structures for tests.</summary>
public static class TestStructures
{
    private static int _next = 100_000;

    /// <summary>A fresh valid SIRET: 13 digits from a counter, then the Luhn key digit.</summary>
    public static string NewSiret()
    {
        var body = "4" + Interlocked.Increment(ref _next).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
        for (var key = 0; key < 10; key++)
        {
            var siret = body + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IdentifierRules.Luhn(siret) % 10 == 0)
            {
                return siret;
            }
        }

        throw new InvalidOperationException("unreachable: one key digit always completes a Luhn number");
    }

    /// <summary>Creates a private structure whose gestionnaire principal is <paramref name="principalId"/>.</summary>
    public static async Task<int> CreateStructureAsync(this TestApp app, Guid principalId, string name, bool isPublic = false, string? siret = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateStructure>();
        var draft = new StructureDraft(IdentifierType.Siret, siret ?? NewSiret(), name, "1 rue de la Paix", "75002", "Paris", "FR", null, null, null, null);
        var outcome = await create.HandleAsync(draft, isPublic, principalId, principalId, CancellationToken.None);
        return outcome.Id ?? throw new InvalidOperationException(outcome.Message);
    }

    /// <summary>Attaches a user directly in the database, with a role.</summary>
    public static Task<int> AddMemberAsync(this TestApp app, int structureId, Guid userId, StructureRole role = StructureRole.User) =>
        app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { StructureId = structureId, UserId = userId, Role = role, CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });

    public static Task<int> CountAsync<T>(this TestApp app)
        where T : class => app.WithDbAsync(db => Task.FromResult(db.Set<T>().Count()));

    /// <summary>A fingerprint of every structures table, to prove a refused request changed nothing.</summary>
    public static Task<string> SnapshotAsync(this TestApp app) => app.WithDbAsync(db => Task.FromResult(string.Join("|",
        db.Structures.Count(), db.Memberships.Count(), string.Join(",", db.Memberships.OrderBy(m => m.Id).Select(m => m.Role)),
        db.StructureSpaces.Count(), db.Subscriptions.Count(), string.Join(",", db.Subscriptions.OrderBy(s => s.Id).Select(s => s.Mode)),
        db.AttachmentRequests.Count(r => r.Status == RequestStatus.Pending), db.SubscriptionRequests.Count(r => r.Status == RequestStatus.Pending),
        db.ManagerActions.Count(), db.Services.Count(), string.Join(",", db.Structures.OrderBy(s => s.Id).Select(s => s.Parameters.EngagementRequired)))));
}
