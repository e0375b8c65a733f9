using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>The answer of "Valider et envoyer" before the confirmation: the deposit as it will be sent, with its
/// routing resolved (recipient and service names), or the messages to fix first.</summary>
public sealed record DepositReview(PreparedDeposit Prepared, RoutingResult? Routing)
{
    public Outcome Outcome => Prepared.Outcome;
}

/// <summary>
/// The deposit of one invoice in "Factures émises" (DOMAIN.md §3.1–3.2): "Valider et envoyer" checks everything and
/// shows the "Confirmation d'envoi"; "Confirmer et envoyer" sends through <see cref="SendInvoice"/>, with or without a
/// prior save; "Enregistrer" keeps a brouillon. The files are attached only in the unit of work that sends or saves.
/// </summary>
public sealed class DepositInvoice(
    AppDbContext db, DepositBuilder builder, SendInvoice send, InvoiceNumbers numbers, InvoiceRouting routing, IDocumentStore store,
    SupplierActors actors, TimeProvider clock)
{
    /// <summary>Set when the send or save of this request drew the invoice's PDF visualisation and some characters of
    /// the invoice were in no font: what the supplier is told (in French), or null.</summary>
    public string? RenderingWarning { get; private set; }

    public async Task<DepositReview> ReviewAsync(Guid userId, DepositForm form, int? draftId, IReadOnlyList<IncomingFile> uploads, CancellationToken cancellationToken)
    {
        var prepared = await builder.PrepareAsync(userId, form, draftId, uploads, cancellationToken);
        if (prepared.Outcome.IsDenied || prepared.Invoice is null)
        {
            return new DepositReview(prepared, null);
        }

        var errors = prepared.Outcome.Errors.ToList();
        if (await numbers.CheckAsync(prepared.Invoice.Number, form.StructureId, draftId, cancellationToken) is { } numberError)
        {
            errors.Add(numberError);
        }

        var route = await routing.CheckAsync(form.Route, form.StructureId, cancellationToken);
        errors.AddRange(route.Errors);
        return new DepositReview(prepared with { Outcome = errors.Count == 0 ? prepared.Outcome : Outcome.Fail(errors) }, route);
    }

    /// <summary>"Confirmer et envoyer": the invoice is sent with its files in one unit of work, or nothing is written.</summary>
    public async Task<Outcome> SendAsync(Guid userId, DepositForm form, int? draftId, CancellationToken cancellationToken)
    {
        var prepared = await builder.PrepareAsync(userId, form, draftId, [], cancellationToken);
        if (!prepared.Outcome.Succeeded)
        {
            return prepared.Outcome;
        }

        var invoice = prepared.Invoice!;
        await AttachFilesAsync(userId, invoice, prepared, form, cancellationToken);
        invoice.Frame = form.Frame;
        return await send.HandleAsync(await actors.OfAsync(userId, cancellationToken), invoice, form.Route, cancellationToken);
    }

    /// <summary>"Enregistrer": a brouillon whose number follows the rules and is unique; the routing may be incomplete,
    /// but what is given must name an active public recipient and an existing service.</summary>
    public async Task<Outcome> SaveDraftAsync(Guid userId, DepositForm form, int? draftId, IReadOnlyList<IncomingFile> uploads, CancellationToken cancellationToken)
    {
        var prepared = await builder.PrepareAsync(userId, form, draftId, uploads, cancellationToken);
        if (prepared.Outcome.IsDenied || prepared.Invoice is null)
        {
            return prepared.Outcome;
        }

        var invoice = prepared.Invoice;
        var errors = prepared.Outcome.Errors.ToList();
        if (await numbers.CheckAsync(invoice.Number, form.StructureId, draftId, cancellationToken) is { } numberError)
        {
            errors.Add(numberError);
        }

        var route = await DraftRouting.CheckAsync(routing, form, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        invoice.Number = invoice.Number.Trim();
        invoice.NumberYear = numbers.YearNow();
        invoice.RecipientStructureId = route.Recipient?.Id;
        invoice.RecipientServiceId = route.Service?.Id;
        invoice.EngagementNumber = form.EngagementNumber?.Trim() is { Length: > 0 } engagement ? engagement : null;
        invoice.ValidatorStructureId = route.Validator?.Id;
        await AttachFilesAsync(userId, invoice, prepared, form, cancellationToken);
        if (draftId is null)
        {
            invoice.CreatedAtUtc = now;
            invoice.CreatedByUserId = userId;
            db.Invoices.Add(invoice);
        }

        return await db.TrySaveInvoiceAsync(cancellationToken)
            ? Outcome.Ok(invoice.Id)
            : Outcome.Fail(draftId is null ? InvoiceNumbers.Duplicate : InvoiceSaving.ChangedMeanwhile, draftId is null ? InvoiceNumbers.Field : "");
    }

    private async Task AttachFilesAsync(Guid userId, Invoice invoice, PreparedDeposit prepared, DepositForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        InvoiceFile Row(InvoiceFileKind kind, UploadedFile file) => new()
        {
            Kind = kind,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Length = file.Length,
            Sha256 = file.Sha256,
            AddedAtUtc = now,
            AddedByUserId = userId,
        };

        if (invoice.Id == 0)
        {
            invoice.Files.Add(Row(InvoiceFileKind.Original, prepared.Original!));
        }

        if (prepared.Content?.Report?.Invoice is { } structured && invoice.Files.All(f => f.Kind != InvoiceFileKind.Rendering)
            && StructuredDeposit.Render(structured) is { } rendering)
        {
            var pdf = rendering.Pdf;
            RenderingWarning = rendering.Warning(Language.French) is { } missing
                ? $"La visualisation PDF de la facture n° {invoice.Number} ne peut pas tout afficher : {missing}. Le fichier déposé, qui fait foi, les contient tels quels."
                : null;
            var sha = await store.PutAsync(pdf, cancellationToken);
            invoice.Files.Add(Row(InvoiceFileKind.Rendering, new UploadedFile(sha, $"visualisation-{invoice.Number.Replace('/', '-')}.pdf", "application/pdf", pdf.LongLength)));
        }

        foreach (var removed in invoice.Files.Where(f => f.Kind == InvoiceFileKind.Attachment && form.RemovedFileIds.Contains(f.Id)).ToList())
        {
            invoice.Files.Remove(removed);
            db.InvoiceFiles.Remove(removed);
        }

        foreach (var attachment in prepared.NewAttachments ?? [])
        {
            invoice.Files.Add(Row(InvoiceFileKind.Attachment, attachment));
        }

        form.AttachmentTickets = [];
    }
}
