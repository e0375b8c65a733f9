using OpenChorus.Pdf.Rendering;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Invoices.Emises.Deposit;

/// <summary>A structured invoice read from a deposited file (already in the document store), to be sent under cadre
/// A1 and routed by what its XML says. <paramref name="Render"/> adds the readable PDF; <paramref name="FluxDepotId"/>
/// links the invoice to the flux it came from.</summary>
public sealed record StructuredFile(
    InvoiceActor Actor, Structure Supplier, UploadedFile Original, DepositContent Content, DepositMode Mode, bool Render, long? FluxDepotId = null);

/// <summary>
/// The one path from a structured file to a sent invoice, shared by the portal's lot (<see cref="DepositLot"/>, one
/// save per invoice) and the flux pipeline (which stages all the invoices of a flux and saves them with the flux's
/// final state): the fatal EN 16931 violations refuse the file, the figures come from the XML
/// (<see cref="DepositBuilder.ApplyStructured"/>), the routing is the buyer's SIRET, BT-10 code service and BT-13
/// engagement, and <see cref="SendInvoice"/> applies the number and recipient rules, sends and queues the mails.
/// </summary>
public sealed class StructuredDeposit(SendInvoice send, IDocumentStore store, TimeProvider clock)
{
    /// <summary>Checks, sends and saves the invoice on its own.</summary>
    public async Task<Outcome> SendAsync(StructuredFile file, CancellationToken cancellationToken)
    {
        var (refusal, invoice, route) = await BuildAsync(file, cancellationToken);
        return refusal ?? await send.HandleAsync(file.Actor, invoice!, route!, cancellationToken);
    }

    /// <summary>Checks and sends the invoice without saving it: the caller saves it with the rest of its unit of work.</summary>
    public async Task<(Outcome Outcome, Invoice? Invoice)> StageAsync(StructuredFile file, CancellationToken cancellationToken)
    {
        var (refusal, invoice, route) = await BuildAsync(file, cancellationToken);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var staged = await send.StageAsync(file.Actor, invoice!, route!, cancellationToken);
        return (staged, staged.Succeeded ? invoice : null);
    }

    private async Task<(Outcome? Refusal, Invoice? Invoice, RoutingInput? Route)> BuildAsync(StructuredFile file, CancellationToken cancellationToken)
    {
        var content = file.Content;
        if (content.Format != DepositFormat.Structured || content.Figures is null)
        {
            return (Outcome.Fail(content.Refusal ?? "Ce fichier n'est pas une facture structurée (UBL, CII ou Factur-X).", DepositBuilder.FileField), null, null);
        }

        var errors = content.Fatal.Select(v => new OutcomeError(DepositBuilder.FileField, $"{v.RuleId} : {v.MessageFr}")).ToList();
        if (AttachmentRules.CheckTotal(file.Original.Length) is { } tooBig)
        {
            errors.Add(new(AttachmentRules.Field, tooBig));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invoice = new Invoice
        {
            Number = "",
            SupplierStructureId = file.Supplier.Id,
            Frame = InvoiceFrame.A1,
            DepositMode = file.Mode,
            UpdatedAtUtc = now,
            FluxDepotId = file.FluxDepotId,
        };
        DepositBuilder.ApplyStructured(invoice, content.Figures, file.Supplier, errors);
        if (errors.Count > 0)
        {
            return (Outcome.Fail(errors), null, null);
        }

        invoice.Files.Add(Row(InvoiceFileKind.Original, file.Original, file.Actor, now));
        if (file.Render && content.Report?.Invoice is { } structured && Render(structured)?.Pdf is { } pdf)
        {
            var sha = await store.PutAsync(pdf, cancellationToken);
            var name = $"visualisation-{invoice.Number.Replace('/', '-')}.pdf";
            invoice.Files.Add(Row(InvoiceFileKind.Rendering, new UploadedFile(sha, name, "application/pdf", pdf.LongLength), file.Actor, now));
        }

        return (null, invoice, new RoutingInput(InvoiceFrame.A1, content.RecipientSiret, content.ServiceCode, content.EngagementNumber));
    }

    private static InvoiceFile Row(InvoiceFileKind kind, UploadedFile file, InvoiceActor actor, DateTime now) => new()
    {
        Kind = kind,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Length = file.Length,
        Sha256 = file.Sha256,
        AddedAtUtc = now,
        AddedByUserId = actor.UserId,
    };

    /// <summary>The readable PDF of a structured invoice; none when the renderer cannot draw it (the original stays
    /// the legal invoice, so the deposit goes on without it).</summary>
    internal static RenderResult? Render(OpenChorus.Formats.Model.Invoice structured)
    {
        try
        {
            return InvoiceRenderer.RenderWithReport(structured);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}
