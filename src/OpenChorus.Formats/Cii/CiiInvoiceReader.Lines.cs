using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Cii.CiiNames;

namespace OpenChorus.Formats.Cii;

internal static partial class CiiInvoiceReader
{
    private static List<InvoiceLine> ReadLines(XElement? transaction) =>
        transaction?.Elements(R("IncludedSupplyChainTradeLineItem")).Select((line, i) =>
        {
            var path = Indexed(Transaction + "/ram:IncludedSupplyChainTradeLineItem", i);
            var document = line.Element(R("AssociatedDocumentLineDocument"));
            var agreement = line.Element(R("SpecifiedLineTradeAgreement"));
            var quantity = line.Path(R("SpecifiedLineTradeDelivery"), R("BilledQuantity"));
            var settlement = line.Element(R("SpecifiedLineTradeSettlement"));
            var tax = VatTax(settlement?.Elements(R("ApplicableTradeTax")));
            return new InvoiceLine
            {
                Id = document.ChildText(R("LineID")),
                Note = document.Path(R("IncludedNote"), R("Content")).Text(),
                ObjectId = ObjectId(settlement?.Elements(R("AdditionalReferencedDocument"))
                    .FirstOrDefault(d => d.ChildText(R("TypeCode")) == "130")),
                Quantity = quantity.Decimal(),
                QuantityUnitCode = quantity.Attr("unitCode"),
                NetAmount = settlement.Path(R("SpecifiedTradeSettlementLineMonetarySummation"), R("LineTotalAmount")).Decimal(),
                OrderLineReference = agreement.Path(R("BuyerOrderReferencedDocument"), R("LineID")).Text(),
                BuyerAccountingReference = settlement.Path(R("ReceivableSpecifiedTradeAccountingAccount"), R("ID")).Text(),
                Period = ReadPeriod(settlement?.Element(R("BillingSpecifiedPeriod"))),
                AllowanceCharges = ReadAllowanceCharges(settlement, path + "/ram:SpecifiedLineTradeSettlement", withVat: false),
                Price = ReadPrice(agreement),
                VatCategoryCode = tax.ChildText(R("CategoryCode")),
                VatRate = tax?.Element(R("RateApplicablePercent")).Decimal(),
                CategoryIsVat = tax is not null && IsVat(tax),
                Item = ReadItem(line.Element(R("SpecifiedTradeProduct"))),
                Location = line.Locate(path),
                UnreadableTerms = quantity is not null && quantity.Decimal() is null ? ["BT-129"] : [],
            };
        }).ToList() ?? [];

    private static PriceDetails ReadPrice(XElement? agreement)
    {
        var net = agreement?.Element(R("NetPriceProductTradePrice"));
        var gross = agreement?.Element(R("GrossPriceProductTradePrice"));
        var baseQuantity = net?.Element(R("BasisQuantity")) ?? gross?.Element(R("BasisQuantity"));
        return new PriceDetails
        {
            NetPrice = net?.Element(R("ChargeAmount")).Decimal(),
            Discount = gross.Path(R("AppliedTradeAllowanceCharge"), R("ActualAmount")).Decimal(),
            GrossPrice = gross?.Element(R("ChargeAmount")).Decimal(),
            BaseQuantity = baseQuantity.Decimal(),
            BaseQuantityUnitCode = baseQuantity.Attr("unitCode"),
        };
    }

    private static ItemInformation ReadItem(XElement? product) => product is null
        ? new ItemInformation()
        : new ItemInformation
        {
            Name = product.ChildText(R("Name")),
            Description = product.ChildText(R("Description")),
            SellerId = product.ChildText(R("SellerAssignedID")),
            BuyerId = product.ChildText(R("BuyerAssignedID")),
            StandardId = product.Element(R("GlobalID")).Id(),
            Classifications = product.Elements(R("DesignatedProductClassification"))
                .Select(c => c.Element(R("ClassCode")).ClassificationId()).OfType<Identifier>().ToList(),
            OriginCountryCode = product.Path(R("OriginTradeCountry"), R("ID")).Text(),
            Attributes = product.Elements(R("ApplicableProductCharacteristic"))
                .Select(c => KeyValuePair.Create(c.ChildText(R("Description")) ?? "", c.ChildText(R("Value")) ?? "")).ToList(),
        };
}
