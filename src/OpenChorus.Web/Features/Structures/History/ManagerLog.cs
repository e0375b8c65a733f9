using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Structures.History;

/// <summary>Writes the history of manager actions in the caller's unit of work: saved with the change it records.</summary>
public sealed class ManagerLog(AppDbContext db, TimeProvider clock)
{
    public void Add(int structureId, Guid actorUserId, string action, Guid? targetUserId = null, string? details = null) =>
        db.ManagerActions.Add(New(action, actorUserId, targetUserId, details, a => a.StructureId = structureId));

    /// <summary>For a structure not saved yet (its id is not known).</summary>
    public void Add(Structure structure, Guid actorUserId, string action, Guid? targetUserId = null, string? details = null) =>
        db.ManagerActions.Add(New(action, actorUserId, targetUserId, details, a => a.Structure = structure));

    private ManagerAction New(string action, Guid actor, Guid? target, string? details, Action<ManagerAction> attach)
    {
        var entry = new ManagerAction
        {
            ActorUserId = actor,
            TargetUserId = target,
            Action = action,
            Details = details is { Length: > 1000 } ? details[..1000] : details,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        attach(entry);
        return entry;
    }
}
