using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class UblDocumentWriter
{
    private void WriteLine(InvoiceLine line)
    {
        A(creditNote ? "CreditNoteLine" : "InvoiceLine");
        B("ID", line.Id ?? "");
        B("Note", line.Note);
        Leaf("cbc", creditNote ? "CreditedQuantity" : "InvoicedQuantity", Cbc, Number(line.Quantity), "unitCode", line.QuantityUnitCode);
        Amount("LineExtensionAmount", line.NetAmount ?? 0m);
        B("AccountingCost", line.BuyerAccountingReference);
        if (line.Period is { } period)
        {
            A("InvoicePeriod");
            B("StartDate", Date(period.Start));
            B("EndDate", Date(period.End));
            End();
        }

        if (line.OrderLineReference is not null)
        {
            A("OrderLineReference");
            B("LineID", line.OrderLineReference);
            End();
        }

        if (line.ObjectId is { } objectId)
        {
            A("DocumentReference");
            B("ID", objectId.Value, "schemeID", objectId.SchemeId);
            B("DocumentTypeCode", "130");
            End();
        }

        WriteAllowanceCharges(line.AllowanceCharges, withVat: false);
        WriteItem(line);
        WritePrice(line.Price);
        End();
    }

    private void WriteItem(InvoiceLine line)
    {
        var item = line.Item;
        A("Item");
        B("Description", item.Description);
        B("Name", item.Name);
        ItemIdentification("BuyersItemIdentification", item.BuyerId is null ? null : new Identifier(item.BuyerId));
        ItemIdentification("SellersItemIdentification", item.SellerId is null ? null : new Identifier(item.SellerId));
        ItemIdentification("StandardItemIdentification", item.StandardId);
        if (item.OriginCountryCode is not null)
        {
            A("OriginCountry");
            B("IdentificationCode", item.OriginCountryCode);
            End();
        }

        foreach (var classification in item.Classifications)
        {
            A("CommodityClassification");
            Classification("cbc", "ItemClassificationCode", Cbc, classification);
            End();
        }

        if (line.VatCategoryCode is not null || line.VatRate is not null)
        {
            TaxCategory("ClassifiedTaxCategory", line.VatCategoryCode, line.VatRate, null, null);
        }

        foreach (var (name, value) in item.Attributes)
        {
            A("AdditionalItemProperty");
            B("Name", name);
            B("Value", value);
            End();
        }

        End();
    }

    private void ItemIdentification(string name, Identifier? id)
    {
        if (id is not null)
        {
            A(name);
            B("ID", id.Value, "schemeID", id.SchemeId);
            End();
        }
    }

    private void WritePrice(PriceDetails price)
    {
        if (!Any(price.NetPrice, price.BaseQuantity, price.GrossPrice, price.Discount))
        {
            return;
        }

        A("Price");
        Amount("PriceAmount", price.NetPrice ?? 0m);
        Leaf("cbc", "BaseQuantity", Cbc, Number(price.BaseQuantity), "unitCode", price.BaseQuantityUnitCode);
        if (price.GrossPrice is not null || price.Discount is not null)
        {
            A("AllowanceCharge");
            B("ChargeIndicator", "false");
            // cbc:Amount is mandatory: without a discount (BT-147) it is the gross price less the net price.
            Amount("Amount", price.Discount ?? (price.GrossPrice - price.NetPrice) ?? 0m);
            Amount("BaseAmount", price.GrossPrice);
            End();
        }

        End();
    }
}
