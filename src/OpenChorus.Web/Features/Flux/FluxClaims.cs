using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Flux;

/// <summary>
/// Hands pending flux to one processor: those IN_RECU, and those whose lease ran out (their node died). Each claim
/// sets the lease and increments <see cref="FluxDepot.Attempts"/>, the token that lets only the current holder commit.
/// PostgreSQL: one <c>UPDATE … WHERE Id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING</c>, so processors on several
/// nodes never wait for nor take the same rows. SQLite (one node): a conditional update per candidate.
/// </summary>
public static class FluxClaims
{
    public static async Task<IReadOnlyList<long>> ClaimAsync(AppDbContext db, string node, int batch, TimeSpan lease, DateTime now, CancellationToken cancellationToken)
    {
        var until = now + lease;
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<long>($"""
                UPDATE "FluxDepots" SET "State" = {FluxStates.EnCoursCode}, "StateChangedAtUtc" = {now}, "ClaimedBy" = {node},
                       "ClaimedUntilUtc" = {until}, "Attempts" = "Attempts" + 1
                WHERE "Id" IN (
                    SELECT "Id" FROM "FluxDepots"
                    WHERE "State" = {FluxStates.RecuCode} OR ("State" = {FluxStates.EnCoursCode} AND "ClaimedUntilUtc" < {now})
                    ORDER BY "Id" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var candidates = await db.FluxDepots.AsNoTracking()
            .Where(f => f.State == FluxState.Recu || (f.State == FluxState.EnCoursTraitement && f.ClaimedUntilUtc < now))
            .OrderBy(f => f.Id).Take(batch).Select(f => new { f.Id, f.Attempts }).ToListAsync(cancellationToken);
        var claimed = new List<long>();
        foreach (var candidate in candidates)
        {
            var taken = await db.FluxDepots
                .Where(f => f.Id == candidate.Id && f.Attempts == candidate.Attempts
                            && (f.State == FluxState.Recu || (f.State == FluxState.EnCoursTraitement && f.ClaimedUntilUtc < now)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.State, FluxState.EnCoursTraitement)
                    .SetProperty(f => f.StateChangedAtUtc, now)
                    .SetProperty(f => f.ClaimedBy, node)
                    .SetProperty(f => f.ClaimedUntilUtc, until)
                    .SetProperty(f => f.Attempts, f => f.Attempts + 1), cancellationToken);
            if (taken == 1)
            {
                claimed.Add(candidate.Id);
            }
        }

        return claimed;
    }
}
