using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>
/// The checks every step of a deposit shares: access (Factures émises in Modification on the structure, or on the
/// draft's structure), the invoice file read by content (fatal EN 16931 violations refuse it), the figures (from the
/// XML, or typed for a plain PDF) and the attachments' rules. Nothing is written to the database here.
/// </summary>
public sealed class DepositBuilder(AppDbContext db, AccessService access, IDocumentStore store, UploadTickets tickets, TimeProvider clock)
{
    public const string FileField = "File";

    public async Task<PreparedDeposit> PrepareAsync(Guid userId, DepositForm form, int? draftId, IReadOnlyList<IncomingFile> uploads, CancellationToken cancellationToken)
    {
        Invoice? draft = null;
        if (draftId is { } id)
        {
            draft = await db.Invoices.Include(i => i.Files).Include(i => i.Events)
                .FindVisibleAsync(access, userId, Space.FacturesEmises, AccessMode.Modification, id, cancellationToken);
            if (draft is null || draft.Status != InvoiceStatus.Brouillon)
            {
                return PreparedDeposit.Denied();
            }

            form.StructureId = draft.SupplierStructureId;
        }
        else if (!await access.CanAsync(userId, form.StructureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken))
        {
            return PreparedDeposit.Denied();
        }

        var supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == form.StructureId, cancellationToken);
        var errors = new List<OutcomeError>();
        var original = draft?.Files.Where(f => f.Kind == InvoiceFileKind.Original)
                           .Select(f => new UploadedFile(f.Sha256, f.FileName, f.ContentType, f.Length)).FirstOrDefault()
                       ?? tickets.Read(userId, form.FileTicket);
        var bytes = original is null ? null : await store.GetAsync(original.Sha256, cancellationToken);
        if (original is null || bytes is null)
        {
            return new PreparedDeposit(Outcome.Fail("Déposez le fichier de la facture (PDF, UBL, CII ou Factur-X).", FileField));
        }

        var content = DepositReader.Read(bytes, supplier.Identifier);
        if (content.Format is DepositFormat.Refused or DepositFormat.Lot)
        {
            return new PreparedDeposit(Outcome.Fail(content.Refusal ?? "Un lot se dépose seul, sans autre donnée.", FileField), Content: content);
        }

        foreach (var violation in content.Fatal)
        {
            errors.Add(new(FileField, $"{violation.RuleId} : {violation.MessageFr}"));
        }

        var kept = draft?.Files.Where(f => f.Kind == InvoiceFileKind.Attachment && !form.RemovedFileIds.Contains(f.Id)).ToList() ?? [];
        var added = await AttachmentsAsync(userId, form, uploads, errors, cancellationToken);
        var total = original.Length + kept.Sum(f => f.Length) + added.Sum(f => f.Length);
        if (AttachmentRules.CheckTotal(total) is { } tooBig)
        {
            errors.Add(new(AttachmentRules.Field, tooBig));
        }

        if (form.Comment?.Trim() is { Length: > Invoice.CommentMaxLength })
        {
            errors.Add(new("Comment", $"Le commentaire compte au plus {Invoice.CommentMaxLength} caractères."));
        }

        var invoice = draft ?? new Invoice { Number = "", SupplierStructureId = supplier.Id };
        Apply(invoice, form, content, supplier, errors);
        return new PreparedDeposit(errors.Count == 0 ? Outcome.Ok(draft?.Id) : Outcome.Fail(errors), invoice, content, original, added, kept);
    }

    private async Task<List<UploadedFile>> AttachmentsAsync(
        Guid userId, DepositForm form, IReadOnlyList<IncomingFile> uploads, List<OutcomeError> errors, CancellationToken cancellationToken)
    {
        var files = new List<UploadedFile>();
        var carried = new List<string>();
        foreach (var ticket in form.AttachmentTickets.Distinct())
        {
            if (tickets.Read(userId, ticket) is { } file)
            {
                files.Add(file);
                carried.Add(ticket);
            }
        }

        foreach (var upload in uploads)
        {
            var name = UploadTickets.CleanName(upload.FileName);
            if (AttachmentRules.Check(name, upload.Content.LongLength) is { } problem)
            {
                errors.Add(new(AttachmentRules.Field, problem));
                continue;
            }

            var (file, ticket) = await tickets.StoreAsync(userId, upload, cancellationToken);
            files.Add(file);
            carried.Add(ticket);
        }

        form.AttachmentTickets = carried;
        return files;
    }

    private void Apply(Invoice invoice, DepositForm form, DepositContent content, Structure supplier, List<OutcomeError> errors)
    {
        invoice.Frame = form.Frame;
        // A keyed-in brouillon keeps its mode: its original is the UBL the portal generated, not a deposited file.
        invoice.DepositMode = invoice.DepositMode == DepositMode.SaisieWeb && invoice.Id != 0 ? DepositMode.SaisieWeb : content.Mode;
        invoice.Comment = form.Comment?.Trim() is { Length: > 0 and <= Invoice.CommentMaxLength } comment ? comment : null;
        invoice.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (content.Format == DepositFormat.Structured && content.Figures is { } read)
        {
            ApplyStructured(invoice, read, supplier, errors);
            return;
        }

        invoice.Number = form.Number?.Trim() ?? "";
        invoice.Kind = form.Kind;
        invoice.Currency = "EUR";
        invoice.SupplierName = Limit(supplier.CompanyName);
        invoice.IssueDate = Required(DepositValues.ParseDate(form.IssueDate), "IssueDate", "Indiquez la date de la facture (jj/mm/aaaa).", errors);
        invoice.TotalExcludingVat = Required(DepositValues.ParseAmount(form.TotalExcludingVat), "TotalExcludingVat", AmountMessage("hors taxes"), errors);
        invoice.TotalVat = Required(DepositValues.ParseAmount(form.TotalVat), "TotalVat", AmountMessage("de la TVA"), errors);
        invoice.TotalIncludingVat = Required(DepositValues.ParseAmount(form.TotalIncludingVat), "TotalIncludingVat", AmountMessage("TTC"), errors);
        invoice.AmountDue = Required(DepositValues.ParseAmount(form.AmountDue), "AmountDue", AmountMessage("net à payer"), errors);
    }

    /// <summary>The invoice's figures as its XML gives them; the seller named in it must be the depositing structure.
    /// Shared by the portal's deposit and the flux (<see cref="StructuredDeposit"/>).</summary>
    public static void ApplyStructured(Invoice invoice, InvoiceFigures read, Structure supplier, List<OutcomeError> errors)
    {
        invoice.Number = read.Number ?? "";
        invoice.IssueDate = read.IssueDate ?? default;
        invoice.Kind = read.Kind;
        invoice.Currency = read.Currency;
        invoice.TotalExcludingVat = read.TotalExcludingVat ?? 0m;
        invoice.TotalVat = read.TotalVat ?? 0m;
        invoice.TotalIncludingVat = read.TotalIncludingVat ?? 0m;
        invoice.AmountDue = read.AmountDue ?? 0m;
        invoice.SupplierName = Limit(read.SellerName ?? supplier.CompanyName);
        if (read.SellerSiret is { } seller && supplier.IdentifierType == IdentifierType.Siret && seller != supplier.Identifier)
        {
            // The invoice names another seller: only that seller's structure may deposit it.
            errors.Add(new("", $"Le vendeur de cette facture a le SIRET {seller}, qui n'est pas celui de {supplier.CompanyName} ({supplier.Identifier}) : déposez-la depuis la structure du vendeur."));
        }
    }

    private static T Required<T>(T? value, string field, string message, List<OutcomeError> errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new(field, message));
        }

        return value ?? default;
    }

    private static string AmountMessage(string which) => $"Indiquez le montant {which}, par exemple 1 234,56.";

    private static string Limit(string name) => name.Length > 200 ? name[..200] : name;
}
