using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>
/// Stands in for another request that wins a race: the action runs once, just before the application's next
/// SaveChanges that adds an entity of the chosen type, that is after the use case's own checks and before its write.
/// </summary>
public sealed class SaveRace : SaveChangesInterceptor
{
    private Func<DbContext, bool>? _when;
    private Func<Task>? _action;

    public void BeforeNextSaveOf<T>(Func<Task> action)
        where T : class
    {
        _action = action;
        _when = db => db.ChangeTracker.Entries<T>().Any(e => e.State == EntityState.Added);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _when is { } when && when(db) && Interlocked.Exchange(ref _action, null) is { } action)
        {
            _when = null;
            await action();
        }

        return result;
    }
}
