using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>What the deposit page loads to show itself: the user's structures, a draft's form, the form's file and
/// attachments.</summary>
public sealed partial class DepotModel
{
    public string SupplierName => Structures.FirstOrDefault(s => s.StructureId == Form.StructureId)?.CompanyName ?? "";

    /// <summary>The structures where the user may deposit (Factures émises in Modification); false when none.</summary>
    private async Task<bool> LoadStructuresAsync(CancellationToken cancellationToken)
    {
        Structures = (await access.AccessesToAsync(User.UserId(), Space.FacturesEmises, cancellationToken))
            .Where(a => a.Mode == AccessMode.Modification).ToList();
        return Structures.Count > 0;
    }

    private async Task<bool> LoadDraftFormAsync(int id, CancellationToken cancellationToken)
    {
        var draft = await db.Invoices.AsNoTracking()
            .FindVisibleAsync(access, User.UserId(), Space.FacturesEmises, AccessMode.Modification, id, cancellationToken);
        if (draft is null || draft.Status != InvoiceStatus.Brouillon)
        {
            return false;
        }

        var ids = new[] { draft.RecipientStructureId ?? 0, draft.ValidatorStructureId ?? 0 };
        var sirets = await db.Structures.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Identifier, cancellationToken);
        var service = draft.RecipientServiceId is { } serviceId
            ? await db.Services.Where(s => s.Id == serviceId).Select(s => s.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        Form = DepositForm.Of(
            draft,
            draft.RecipientStructureId is { } r ? sirets.GetValueOrDefault(r) : null,
            service,
            draft.ValidatorStructureId is { } v ? sirets.GetValueOrDefault(v) : null);
        return true;
    }

    /// <summary>The form step, with the file's content and the attachments as they stand (errors already in ModelState).</summary>
    private async Task<IActionResult> ShowFormAsync(int? id, CancellationToken cancellationToken)
    {
        Prepared = await builder.PrepareAsync(User.UserId(), Form, id, [], cancellationToken);
        if (Prepared.Outcome.IsDenied)
        {
            return NotFound();
        }

        if (Prepared.Content is null)
        {
            ModelState.AddOutcome(Prepared.Outcome);
            Step = DepotStep.Upload;
            return Page();
        }

        DraftId = id;
        Step = DepotStep.Form;
        return Page();
    }

    private Task<string?> NumberOfAsync(int id, CancellationToken cancellationToken) =>
        db.Invoices.Where(i => i.Id == id).Select(i => i.Number).SingleOrDefaultAsync(cancellationToken);

    private static async Task<IReadOnlyList<IncomingFile>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken cancellationToken)
    {
        var read = new List<IncomingFile>();
        foreach (var file in files ?? [])
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            {
                continue;
            }

            using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
            await file.CopyToAsync(buffer, cancellationToken);
            read.Add(new IncomingFile(file.FileName, file.ContentType, buffer.ToArray()));
        }

        return read;
    }
}
