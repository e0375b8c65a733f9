using OpenChorus.Formats.CodeLists;
using OpenChorus.Formats.Model;
using static OpenChorus.Formats.Validation.Rules.Amounts;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>BR-06…BR-11, BR-17…BR-20, BR-56, BR-57, BR-62, BR-63, BR-CO-09, BR-CO-26: the parties.</summary>
internal sealed class PartyRules : IInvoiceRules
{
    public void Check(Invoice invoice, ViolationSink sink)
    {
        var at = invoice.Location;
        var cii = invoice.Syntax == InvoiceSyntax.Cii;
        var seller = invoice.Seller;
        var buyer = invoice.Buyer;
        sink.Require(!IsBlank(seller?.Name), "BR-06", at);
        sink.Require(!IsBlank(buyer?.Name), "BR-07", at);
        sink.Require(seller?.Address is not null, "BR-08", at);
        sink.Require((!cii && seller?.Address is null) || !IsBlank(seller?.Address?.CountryCode), "BR-09", at);
        sink.Require(buyer?.Address is not null, "BR-10", at);
        sink.Require((!cii && buyer?.Address is null) || !IsBlank(buyer?.Address?.CountryCode), "BR-11", at);
        sink.Require(seller?.ElectronicAddress is null || !IsBlank(seller.ElectronicAddress.SchemeId), "BR-62", at);
        sink.Require(buyer?.ElectronicAddress is null || !IsBlank(buyer.ElectronicAddress.SchemeId), "BR-63", at);
        if (seller is not null)
        {
            sink.Require(seller.VatId is not null || seller.Identifiers.Count > 0 || seller.LegalRegistrationId is not null,
                "BR-CO-26", at);
        }

        CheckVatPrefix(seller?.VatId, sink, at);
        CheckVatPrefix(buyer?.VatId, sink, at);
        CheckVatPrefix(invoice.TaxRepresentative?.VatId, sink, at);
        CheckPayee(invoice, sink);
        CheckTaxRepresentative(invoice.TaxRepresentative, sink, at);
        if (invoice.Delivery?.Address is { } deliverTo)
        {
            sink.Require(cii ? !IsBlank(deliverTo.CountryCode) : deliverTo.CountryCode is not null, "BR-57", at);
        }
    }

    private static void CheckVatPrefix(string? vatId, ViolationSink sink, SourceLocation at)
    {
        if (vatId is not null)
        {
            sink.Require(vatId.Length >= 2 && CodeList.VatIdPrefixes.Contains(vatId[..2]), "BR-CO-09", at);
        }
    }

    private static void CheckPayee(Invoice invoice, ViolationSink sink)
    {
        if (invoice.Payee is not { } payee)
        {
            return;
        }

        var seller = invoice.Seller;
        var sameName = payee.Name is not null && payee.Name == (invoice.Syntax == InvoiceSyntax.Cii ? seller?.Name : seller?.TradingName);
        var sameId = payee.Identifier is not null && seller?.Identifiers.Any(i => i.Value == payee.Identifier.Value) == true;
        var sameLegal = invoice.Syntax == InvoiceSyntax.Cii && payee.LegalRegistrationId is not null &&
            payee.LegalRegistrationId.Value == seller?.LegalRegistrationId?.Value;
        sink.Require(payee.Name is not null && !sameName && !sameId && !sameLegal, "BR-17", invoice.Location);
    }

    private static void CheckTaxRepresentative(TaxRepresentative? representative, ViolationSink sink, SourceLocation at)
    {
        if (representative is null)
        {
            return;
        }

        sink.Require(!IsBlank(representative.Name), "BR-18", at);
        sink.Require(representative.Address is not null, "BR-19", at);
        sink.Require(representative.Address is null || !IsBlank(representative.Address.CountryCode), "BR-20", at);
        sink.Require(!IsBlank(representative.VatId), "BR-56", at);
    }
}
