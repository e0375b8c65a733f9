using OpenChorus.Web.Features.Api.Wire;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Emises.Deposit;
using OpenChorus.Web.Features.Structures;

namespace OpenChorus.Web.Features.Api.Factures.Write;

/// <summary>
/// deposerPdfFacture's invoice: "La facture ainsi interprétée est au statut « INTERPRETEE_OCR ». Elle sera soumise via
/// la méthode « soumettreFacture »." A draft of the caller's structure holding the PDF as its original and the figures
/// read from it; only the supplier sees it (<see cref="InvoiceVisibility"/>), nobody is told of it, and its number,
/// possibly missing or taken, is not reserved (the unique index leaves INTERPRETEE_OCR out) until soumettre sends it.
/// The recipient, service and engagement are not kept: soumettre takes them from its request or reads the PDF again.
/// </summary>
internal static class OcrDraft
{
    public static Invoice New(Structure supplier, DepositContent read, InvoiceFile pdf, InvoiceActor actor, DateTime now)
    {
        var figures = read.Figures!;
        var invoice = new Invoice
        {
            // The number read, or none: soumettre then takes numeroFactureSaisi, or numbers the invoice.
            Number = figures.Number?.Trim() is { Length: > 0 and <= Invoice.NumberMaxLength } number ? number : "",
            NumberYear = now.Year,
            Frame = InvoiceFrame.A1,
            Kind = figures.Kind,
            DepositMode = DepositMode.DepotPdfApi,
            SupplierStructureId = supplier.Id,
            SupplierName = supplier.CompanyName,
            IssueDate = figures.IssueDate ?? DateOnly.FromDateTime(now),
            Currency = figures.Currency is { Length: 3 } currency ? currency : "EUR",
            TotalExcludingVat = figures.TotalExcludingVat ?? 0m,
            TotalVat = figures.TotalVat ?? 0m,
            TotalIncludingVat = figures.TotalIncludingVat ?? 0m,
            AmountDue = figures.AmountDue ?? figures.TotalIncludingVat ?? 0m,
            CreatedByUserId = actor.UserId!.Value,
            CreatedAtUtc = now,
        };
        invoice.Files.Add(pdf);
        invoice.Interpret(actor, now);
        return invoice;
    }

    /// <summary>What was read, <c>null</c> where nothing was (as AIFE's published example answers), and the PDF's id
    /// for soumettre.</summary>
    public static DeposerPdfResponse Answer(Structure supplier, DepositContent read, int pieceJointeId)
    {
        var figures = read.Figures!;
        return new DeposerPdfResponse
        {
            NumeroFacture = figures.Number,
            DateFacture = figures.IssueDate is { } date ? CproDates.Date(date) : null,
            CodeDestinataire = read.RecipientSiret,
            CodeServiceExecutant = read.ServiceCode,
            CodeFournisseur = supplier.Identifier,
            CodeDeviseFacture = figures.Currency,
            TypeFacture = figures.Kind.Code(),
            TypeTva = "TVA_SUR_DEBIT",
            NumeroBonCommande = read.EngagementNumber,
            MontantTtcAvantRemiseGlobalTTC = figures.TotalIncludingVat,
            MontantAPayer = figures.AmountDue,
            MontantHtTotal = figures.TotalExcludingVat,
            MontantTva = figures.TotalVat,
            PieceJointeId = pieceJointeId,
        };
    }
}
