using System.Xml.Linq;
using OpenChorus.Formats.Model;
using OpenChorus.Formats.Xml;
using static OpenChorus.Formats.Ubl.UblNames;

namespace OpenChorus.Formats.Ubl;

internal static partial class UblInvoiceReader
{
    private static List<InvoiceLine> ReadLines(XElement root, bool isCreditNote)
    {
        // The official rules take cac:InvoiceLine and cac:CreditNoteLine alike, whatever the document.
        var rootPath = RootPath(root);
        var (own, other) = isCreditNote ? ("CreditNoteLine", "InvoiceLine") : ("InvoiceLine", "CreditNoteLine");
        return [.. ReadLines(root, rootPath, own), .. ReadLines(root, rootPath, other)];
    }

    private static IEnumerable<InvoiceLine> ReadLines(XElement root, string rootPath, string lineName)
    {
        return root.Elements(A(lineName)).Select((line, i) =>
        {
            var path = Indexed(rootPath + "/cac:" + lineName, i);
            var item = line.Element(A("Item"));
            var quantity = line.Element(B("InvoicedQuantity")) ?? line.Element(B("CreditedQuantity"));
            var tax = VatCategory(item?.Elements(A("ClassifiedTaxCategory")));
            return new InvoiceLine
            {
                Id = line.ChildText(B("ID")),
                Note = line.ChildText(B("Note")),
                ObjectId = line.Elements(A("DocumentReference"))
                    .FirstOrDefault(d => d.ChildText(B("DocumentTypeCode")) == "130")?.Element(B("ID")).Id(),
                Quantity = quantity.Decimal(),
                QuantityUnitCode = quantity.Attr("unitCode"),
                NetAmount = line.Element(B("LineExtensionAmount")).Decimal(),
                OrderLineReference = line.Path(A("OrderLineReference"), B("LineID")).Text(),
                BuyerAccountingReference = line.ChildText(B("AccountingCost")),
                Period = ReadPeriod(line.Element(A("InvoicePeriod"))),
                AllowanceCharges = ReadAllowanceCharges(line, line.Elements(A("AllowanceCharge")), withVat: false, path),
                Price = ReadPrice(line.Element(A("Price"))),
                VatCategoryCode = tax.ChildText(B("ID")),
                VatRate = tax.Path(B("Percent")).Decimal(),
                CategoryIsVat = tax is not null && IsVatCategory(tax),
                Item = ReadItem(item),
                Location = line.Locate(path),
                UnreadableTerms = quantity is not null && quantity.Decimal() is null ? ["BT-129"] : [],
            };
        });
    }

    /// <summary>The tax category of the VAT scheme, or else the first one (the rules then report the missing scheme).</summary>
    private static XElement? VatCategory(IEnumerable<XElement>? categories)
    {
        XElement? first = null;
        foreach (var category in categories ?? [])
        {
            if (IsVatCategory(category))
            {
                return category;
            }

            first ??= category;
        }

        return first;
    }

    /// <summary>A tax category of the VAT scheme (TaxScheme/ID = VAT), the only one that carries BT-95, BT-102, BT-118, BT-151.</summary>
    private static bool IsVatCategory(XElement category) =>
        string.Equals(category.Path(A("TaxScheme"), B("ID")).Text(), "VAT", StringComparison.OrdinalIgnoreCase);

    private static PriceDetails ReadPrice(XElement? price)
    {
        var discount = price?.Element(A("AllowanceCharge"));
        var baseQuantity = price?.Element(B("BaseQuantity"));
        return new PriceDetails
        {
            NetPrice = price.Path(B("PriceAmount")).Decimal(),
            Discount = discount.Path(B("Amount")).Decimal(),
            GrossPrice = discount.Path(B("BaseAmount")).Decimal(),
            BaseQuantity = baseQuantity.Decimal(),
            BaseQuantityUnitCode = baseQuantity.Attr("unitCode"),
        };
    }

    private static ItemInformation ReadItem(XElement? item) => item is null
        ? new ItemInformation()
        : new ItemInformation
        {
            Name = item.ChildText(B("Name")),
            Description = item.ChildText(B("Description")),
            SellerId = item.Path(A("SellersItemIdentification"), B("ID")).Text(),
            BuyerId = item.Path(A("BuyersItemIdentification"), B("ID")).Text(),
            StandardId = item.Path(A("StandardItemIdentification"), B("ID")).Id(),
            Classifications = item.Elements(A("CommodityClassification"))
                .Select(c => c.Element(B("ItemClassificationCode")).ClassificationId()).OfType<Identifier>().ToList(),
            OriginCountryCode = item.Path(A("OriginCountry"), B("IdentificationCode")).Text(),
            Attributes = item.Elements(A("AdditionalItemProperty"))
                .Select(p => KeyValuePair.Create(p.ChildText(B("Name")) ?? "", p.ChildText(B("Value")) ?? "")).ToList(),
        };
}
