using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class CiiDocumentWriter
{
    private void WriteLine(InvoiceLine line)
    {
        R("IncludedSupplyChainTradeLineItem");
        R("AssociatedDocumentLineDocument");
        Leaf("LineID", line.Id ?? "");
        if (Keep("BT-127", line.Note))
        {
            R("IncludedNote");
            Leaf("Content", line.Note);
            End();
        }

        End();
        WriteProduct(line.Item);
        WriteLineAgreement(line);
        R("SpecifiedLineTradeDelivery");
        Leaf("ram", "BilledQuantity", Ram, Number(line.Quantity ?? 0m), "unitCode", line.QuantityUnitCode);
        End();
        WriteLineSettlement(line);
        End();
    }

    private void WriteProduct(ItemInformation item)
    {
        R("SpecifiedTradeProduct");
        if (Keep("BT-157", item.StandardId))
        {
            Leaf("ram", "GlobalID", Ram, item.StandardId!.Value, "schemeID", item.StandardId.SchemeId);
        }

        Leaf("SellerAssignedID", item.SellerId, "BT-155");
        Leaf("BuyerAssignedID", item.BuyerId, "BT-156");
        Leaf("Name", item.Name ?? "");
        Leaf("Description", item.Description, "BT-154");
        foreach (var (name, value) in item.Attributes)
        {
            if (Keep("BG-32", name))
            {
                R("ApplicableProductCharacteristic");
                Leaf("Description", name);
                Leaf("Value", value);
                End();
            }
        }

        foreach (var classification in item.Classifications)
        {
            if (Keep("BT-158", classification))
            {
                R("DesignatedProductClassification");
                Classification("ram", "ClassCode", Ram, classification);
                End();
            }
        }

        if (Keep("BT-159", item.OriginCountryCode))
        {
            R("OriginTradeCountry");
            Leaf("ID", item.OriginCountryCode);
            End();
        }

        End();
    }

    private void WriteLineAgreement(InvoiceLine line)
    {
        var price = line.Price;
        R("SpecifiedLineTradeAgreement");
        if (Keep("BT-132", line.OrderLineReference))
        {
            R("BuyerOrderReferencedDocument");
            Leaf("LineID", line.OrderLineReference);
            End();
        }

        if (price.GrossPrice is not null || price.Discount is not null)
        {
            R("GrossPriceProductTradePrice");
            // ram:ChargeAmount is mandatory: without a gross price (BT-148) it is the net price plus the discount.
            Leaf("ChargeAmount", Number(price.GrossPrice ?? (price.NetPrice + price.Discount) ?? 0m));
            BasisQuantity(price);
            if (price.Discount is not null)
            {
                R("AppliedTradeAllowanceCharge");
                R("ChargeIndicator");
                Leaf("udt", "Indicator", Udt, "false");
                End();
                Leaf("ActualAmount", Number(price.Discount));
                End();
            }

            End();
        }

        R("NetPriceProductTradePrice");
        Leaf("ChargeAmount", Number(price.NetPrice ?? 0m));
        BasisQuantity(price);
        End();
        End();
    }

    private void BasisQuantity(PriceDetails price) =>
        Leaf("ram", "BasisQuantity", Ram, Number(price.BaseQuantity), "unitCode", price.BaseQuantityUnitCode);

    private void WriteLineSettlement(InvoiceLine line)
    {
        R("SpecifiedLineTradeSettlement");
        R("ApplicableTradeTax");
        Leaf("TypeCode", "VAT");
        Leaf("CategoryCode", line.VatCategoryCode ?? "");
        Leaf("RateApplicablePercent", Number(line.VatRate));
        End();
        WritePeriod(line.Period, "BG-26");
        WriteAllowanceCharges(line.AllowanceCharges, withVat: false);
        R("SpecifiedTradeSettlementLineMonetarySummation");
        Leaf("LineTotalAmount", Number(line.NetAmount ?? 0m));
        End();
        if (Keep("BT-128", line.ObjectId))
        {
            R("AdditionalReferencedDocument");
            Leaf("IssuerAssignedID", line.ObjectId!.Value);
            Leaf("TypeCode", "130");
            Leaf("ReferenceTypeCode", line.ObjectId.SchemeId);
            End();
        }

        if (Keep("BT-133", line.BuyerAccountingReference))
        {
            R("ReceivableSpecifiedTradeAccountingAccount");
            Leaf("ID", line.BuyerAccountingReference);
            End();
        }

        End();
    }
}
