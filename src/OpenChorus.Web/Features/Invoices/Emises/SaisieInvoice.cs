using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Formats.Validation;
using OpenChorus.Formats.Writing;
using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>A keyed-in invoice checked and turned into its files: the UBL original (valid against EN 16931) and its
/// PDF rendering. Nothing is written yet.</summary>
public sealed record SaisiePreview(SaisieHeader Header, SaisieDraft Draft, RoutingInput Route, RoutingResult Routing, byte[] Ubl, byte[] Pdf);

/// <summary>
/// "Saisie" (DOMAIN.md §3.1, mode SAISIE_WEB): checks the form — fields, number, routing, the supplier's VAT number —
/// builds the EN 16931 invoice, writes the UBL original, validates it, renders the PDF, stores both, then sends the
/// invoice through <see cref="SendInvoice"/> ("Confirmer et envoyer", no prior save) or keeps it as a brouillon
/// ("Enregistrer"). Only a user with "Factures émises" in Modification on the supplier structure may do it.
/// </summary>
public sealed partial class SaisieInvoice(
    AppDbContext db, AccessService access, InvoiceNumbers numbers, InvoiceRouting routing, SendInvoice send, IDocumentStore store, TimeProvider clock)
{
    public async Task<(Outcome Outcome, SaisiePreview? Preview)> PrepareAsync(Guid userId, SaisieInput input, CancellationToken cancellationToken)
    {
        if (!await access.CanAsync(userId, input.StructureId, Space.FacturesEmises, AccessMode.Modification, cancellationToken))
        {
            return (Outcome.Denied(), null);
        }

        var supplier = await db.Structures.AsNoTracking().SingleAsync(s => s.Id == input.StructureId, cancellationToken);
        var draft = SaisieDraft.Read(input);
        var errors = new List<OutcomeError>(draft.Errors);
        if (!Enum.IsDefined(input.Frame) || !Enum.IsDefined(input.Kind))
        {
            errors.Add(new("Frame", "Choisissez un cadre de facturation et un type de la liste."));
        }

        if (await numbers.CheckAsync(input.Number, supplier.Id, null, cancellationToken) is { } numberError)
        {
            errors.Add(numberError);
        }

        var route = new RoutingInput(input.Frame, input.RecipientSiret, input.ServiceCode, input.EngagementNumber, input.ValidatorSiret);
        var routed = await routing.CheckAsync(route, supplier.Id, cancellationToken);
        errors.AddRange(routed.Errors);
        var vatNumber = string.Concat((input.SellerVatNumber ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!VatNumber().IsMatch(vatNumber))
        {
            errors.Add(new("SellerVatNumber", vatNumber.Length == 0
                ? "Indiquez le numéro de TVA intracommunautaire du fournisseur, par exemple FR32123456789."
                : "Le numéro de TVA intracommunautaire commence par le code du pays, par exemple FR32123456789."));
        }

        var contract = Optional(input.ContractNumber);
        if (contract is { Length: > 50 })
        {
            errors.Add(new("ContractNumber", "Le numéro de marché compte au plus 50 caractères."));
        }

        var comment = Optional(input.Comment);
        if (comment is { Length: > Invoice.CommentMaxLength })
        {
            errors.Add(new("Comment", $"Le commentaire compte au plus {Invoice.CommentMaxLength} caractères."));
        }

        if (errors.Count > 0)
        {
            return (Outcome.Fail(errors), null);
        }

        var header = new SaisieHeader(input.Number!.Trim(), input.Frame, input.Kind, vatNumber, supplier, routed.Recipient!,
            routed.Service?.Code, Optional(input.EngagementNumber), contract, comment);
        var model = SaisieEn16931.Build(header, draft);
        var ubl = UblInvoiceWriter.Write(model);
        var report = InvoiceValidator.Validate(ubl);
        if (report.Verdict != Verdict.Valid)
        {
            var problems = report.Violations.Where(v => v.Severity == Severity.Fatal).Select(v => $"{v.RuleId} : {v.MessageFr}");
            return (Outcome.Fail("La facture générée n'est pas conforme à la norme EN 16931 : " + string.Join(" ", problems)), null);
        }

        return (Outcome.Ok(), new SaisiePreview(header, draft, route, routed, ubl, InvoiceRenderer.Render(report.Invoice ?? model)));
    }

    /// <summary>"Confirmer et envoyer": checks, files, then the send use case, in one go.</summary>
    public async Task<Outcome> SendAsync(Guid userId, SaisieInput input, CancellationToken cancellationToken)
    {
        var (outcome, preview) = await PrepareAsync(userId, input, cancellationToken);
        if (preview is null)
        {
            return outcome;
        }

        var invoice = await NewInvoiceAsync(userId, preview, DepositMode.SaisieWeb, cancellationToken);
        return await send.HandleAsync(await ActorAsync(userId, cancellationToken), invoice, preview.Route, cancellationToken);
    }

    /// <summary>"Enregistrer": the invoice is kept as a brouillon with its files, routed but not sent.</summary>
    public async Task<Outcome> SaveDraftAsync(Guid userId, SaisieInput input, CancellationToken cancellationToken)
    {
        var (outcome, preview) = await PrepareAsync(userId, input, cancellationToken);
        if (preview is null)
        {
            return outcome;
        }

        var invoice = await NewInvoiceAsync(userId, preview, DepositMode.SaisieWeb, cancellationToken);
        invoice.RecipientStructureId = preview.Routing.Recipient!.Id;
        invoice.RecipientServiceId = preview.Routing.Service?.Id;
        invoice.ValidatorStructureId = preview.Routing.Validator?.Id;
        invoice.EngagementNumber = preview.Header.EngagementNumber;
        db.Invoices.Add(invoice);
        return await db.TrySaveInvoiceAsync(cancellationToken) ? Outcome.Ok(invoice.Id) : Outcome.Fail(InvoiceNumbers.Duplicate, InvoiceNumbers.Field);
    }

    /// <summary>The invoice of a checked preview with its original and rendering, not saved: the portal's form and the
    /// API (SAISIE_API) build the same files.</summary>
    public async Task<Invoice> NewInvoiceAsync(Guid userId, SaisiePreview preview, DepositMode mode, CancellationToken cancellationToken)
    {
        var (header, draft) = (preview.Header, preview.Draft);
        var now = clock.GetUtcNow().UtcDateTime;
        var invoice = new Invoice
        {
            Number = header.Number,
            NumberYear = numbers.YearNow(),
            Frame = header.Frame,
            Kind = header.Kind,
            DepositMode = mode,
            SupplierStructureId = header.Supplier.Id,
            SupplierName = header.Supplier.CompanyName,
            ContractNumber = header.ContractNumber,
            IssueDate = draft.IssueDate,
            TotalExcludingVat = draft.TaxExclusive,
            TotalVat = draft.Vat,
            TotalIncludingVat = draft.TaxInclusive,
            AmountDue = header.Frame == InvoiceFrame.A2 ? 0m : draft.TaxInclusive,
            Comment = header.Comment,
            CreatedByUserId = userId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        var name = "facture-" + string.Concat(header.Number.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
        invoice.Files.Add(await FileAsync(InvoiceFileKind.Original, name + ".xml", "application/xml", preview.Ubl, userId, now, cancellationToken));
        invoice.Files.Add(await FileAsync(InvoiceFileKind.Rendering, name + ".pdf", "application/pdf", preview.Pdf, userId, now, cancellationToken));
        return invoice;
    }

    private async Task<InvoiceFile> FileAsync(InvoiceFileKind kind, string name, string type, byte[] bytes, Guid userId, DateTime now, CancellationToken cancellationToken) => new()
    {
        Kind = kind,
        FileName = name,
        ContentType = type,
        Length = bytes.Length,
        Sha256 = await store.PutAsync(bytes, cancellationToken),
        AddedAtUtc = now,
        AddedByUserId = userId,
    };

    private async Task<InvoiceActor> ActorAsync(Guid userId, CancellationToken cancellationToken) =>
        new(userId, await db.Users.Where(u => u.Id == userId).Select(u => u.FirstName + " " + u.LastName).SingleAsync(cancellationToken));

    private static string? Optional(string? text) => text?.Trim() is { Length: > 0 } t ? t : null;

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{2,13}$")]
    private static partial Regex VatNumber();
}
