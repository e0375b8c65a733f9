using System.Globalization;
using OpenChorus.Web.Features.Structures;
using Model = OpenChorus.Formats.Model;

namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>What the keyed-in invoice says besides its lines: parties, references and numbers.</summary>
public sealed record SaisieHeader(
    string Number, InvoiceFrame Frame, InvoiceKind Kind, string? SellerVatNumber, Structure Supplier, Structure Recipient,
    string? ServiceCode, string? EngagementNumber, string? ContractNumber, string? Comment);

/// <summary>Builds the EN 16931 invoice (BT/BG ids below) of a keyed-in invoice, from which the UBL original is written.</summary>
public static class SaisieEn16931
{
    public const string Specification = "urn:cen.eu:en16931:2017";

    public static Model.Invoice Build(SaisieHeader header, SaisieDraft draft)
    {
        var isCreditNote = header.Kind == InvoiceKind.Avoir;
        var groups = draft.VatGroups;
        var inclusive = draft.TaxInclusive;
        var prepaid = header.Frame == InvoiceFrame.A2 ? inclusive : 0m;
        return new Model.Invoice
        {
            Syntax = isCreditNote ? Model.InvoiceSyntax.UblCreditNote : Model.InvoiceSyntax.UblInvoice,
            Number = header.Number, // BT-1
            IssueDate = draft.IssueDate, // BT-2
            TypeCode = isCreditNote ? "381" : "380", // BT-3
            CurrencyCode = "EUR", // BT-5
            BuyerReference = header.ServiceCode, // BT-10: code service
            ContractReference = header.ContractNumber, // BT-12
            PurchaseOrderReference = header.EngagementNumber, // BT-13: engagement juridique
            PaymentTerms = isCreditNote ? null : "Paiement par virement sous 30 jours à compter de la mise à disposition.", // BT-20 (BR-CO-25)
            Notes = header.Comment is { } comment ? [new Model.Note(null, comment)] : [], // BG-1
            BusinessProcess = header.Frame.ToString(), // BT-23: cadre de facturation
            SpecificationId = Specification, // BT-24
            Seller = Seller(header), // BG-4
            Buyer = Party(header.Recipient), // BG-7
            PaymentInstructions = !isCreditNote && header.Supplier.Iban is { Length: > 0 } iban
                ? [new Model.PaymentInstructions { MeansCode = "30", CreditTransfers = [new Model.CreditTransfer(iban, header.Supplier.CompanyName, header.Supplier.Bic)] }]
                : [], // BG-16, BG-17
            AllowanceCharges = Adjustments(draft), // BG-20, BG-21
            Totals = new Model.DocumentTotals // BG-22
            {
                LineNetTotal = draft.LineTotal,
                AllowanceTotal = draft.Allowance?.Amount,
                ChargeTotal = draft.Charge?.Amount,
                TaxExclusiveAmount = draft.TaxExclusive,
                VatTotal = draft.Vat,
                TaxInclusiveAmount = inclusive,
                PrepaidAmount = prepaid == 0 ? null : prepaid,
                PayableAmount = inclusive - prepaid,
            },
            VatBreakdowns = groups.Select(g => new Model.VatBreakdown // BG-23
            {
                TaxableAmount = g.Taxable,
                TaxAmount = g.Tax,
                CategoryCode = g.Category,
                Rate = g.Rate,
                ExemptionReason = g.ExemptionReason,
            }).ToList(),
            Lines = draft.Lines.Select((line, i) => new Model.InvoiceLine // BG-25
            {
                Id = (i + 1).ToString(CultureInfo.InvariantCulture),
                Quantity = line.Quantity,
                QuantityUnitCode = line.Unit,
                NetAmount = line.Net,
                Price = new Model.PriceDetails { NetPrice = line.UnitPrice },
                VatCategoryCode = line.VatRate == 0 ? "E" : "S",
                VatRate = line.VatRate,
                Item = new Model.ItemInformation { Name = line.Designation },
            }).ToList(),
        };
    }

    private static Model.Party Seller(SaisieHeader header) => Party(header.Supplier) with
    {
        VatId = header.SellerVatNumber, // BT-31
        Contact = header.Supplier.Email is { Length: > 0 } email ? new Model.Contact { Email = email } : null,
    };

    /// <summary>A structure as a party: raison sociale, SIRET (scheme 0009) and postal address.</summary>
    private static Model.Party Party(Structure structure) => new()
    {
        Name = structure.CompanyName,
        LegalRegistrationId = structure.IdentifierType == IdentifierType.Siret ? new Model.Identifier(structure.Identifier, "0009") : new Model.Identifier(structure.Identifier),
        Address = new Model.Address
        {
            Line1 = structure.AddressLine,
            City = structure.City,
            PostCode = structure.PostalCode,
            CountryCode = string.IsNullOrEmpty(structure.CountryCode) ? "FR" : structure.CountryCode,
        },
    };

    private static List<Model.AllowanceCharge> Adjustments(SaisieDraft draft) =>
        new[] { (draft.Allowance, IsCharge: false), (draft.Charge, IsCharge: true) }
            .Where(a => a.Item1 is not null)
            .Select(a => new Model.AllowanceCharge
            {
                IsCharge = a.IsCharge,
                Amount = a.Item1!.Amount,
                Reason = a.Item1.Reason,
                VatCategoryCode = a.Item1.VatRate == 0 ? "E" : "S",
                VatRate = a.Item1.VatRate,
            }).ToList();
}
