using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Directory;

namespace OpenChorus.Web.Features.Administration;

/// <summary>A public structure's parameters and services.</summary>
public sealed class StructureModel(AppDbContext db, AccessService access) : AdministrationPageModel(access)
{
    public Structure Structure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.Include(s => s.Services).SingleOrDefaultAsync(s => s.Id == id && s.IsPublic, cancellationToken);
        if (structure is null)
        {
            return NotFound();
        }

        Structure = structure;
        return Page();
    }

    public async Task<IActionResult> OnPostParametersAsync(
        int id, StructureParameters parameters, [FromServices] UpdateStructureParameters update, CancellationToken cancellationToken) =>
        Done(await update.HandleAsync(User.UserId(), id, parameters, cancellationToken), "Les paramètres sont enregistrés.", id);

    public async Task<IActionResult> OnPostServiceAsync(int id, ServiceInput service, [FromServices] SaveService save, CancellationToken cancellationToken) =>
        Done(await save.HandleAsync(User.UserId(), id, service.ToDraft(), cancellationToken), "Le service est enregistré.", id);

    private IActionResult Done(Outcome outcome, string success, int id)
    {
        if (outcome.IsDenied)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? "Success" : "Failure"] = outcome.Succeeded ? success : outcome.Message;
        return Redirect($"/administration/structures/{id}");
    }
}

public sealed class ServiceInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public bool IsActive { get; set; }

    public bool EngagementRequired { get; set; }

    public bool ReportsPayment { get; set; }

    public ServiceDraft ToDraft() => new(Code ?? "", Name ?? "", IsActive, ValidFrom, ValidTo, EngagementRequired, ReportsPayment);
}
