using System.Xml.Linq;
using static OpenChorus.Formats.Ubl.UblNames;
using static OpenChorus.Formats.Validation.Syntax.ElementReport;

namespace OpenChorus.Formats.Validation.Syntax;

/// <summary>
/// The UBL-CR rules whose test has a condition or a predicate the generated table cannot hold (UBL-CR-002, 412, 664,
/// 665, 666, 673). UBL-CR-663 (unitCodeListID anywhere) is with the other attributes in <see cref="UblAttributeRules"/>.
/// </summary>
internal static class UblRestrictionRules
{
    /// <summary>The rules on the root element: the UBL version is 2.1; a payment due date sits in a credit note only.</summary>
    public static void CheckRoot(XElement root, ViolationSink sink)
    {
        var versions = root.Elements(B("UBLVersionID")).ToList();
        if (versions.Count > 0 && !versions.Any(v => v.Value == "2.1"))
        {
            Report(root, "UBL-CR-002", sink);
        }

        if (root.Name.Namespace != CreditNote && root.Elements(A("PaymentMeans")).Any(m => m.Element(B("PaymentDueDate")) is not null))
        {
            Report(root, "UBL-CR-412", sink);
        }
    }

    /// <summary>The rules on one element met in the document pass.</summary>
    public static void Visit(XElement e, ViolationSink sink)
    {
        if (e.Name == A("FinancialInstitution"))
        {
            Report(e, "UBL-CR-664", sink);
        }
        else if (e.Name == A("AdditionalDocumentReference"))
        {
            var types = e.Elements(B("DocumentTypeCode")).ToList();
            var invoicedObject = types.Any(t => t.Value == "130");
            if ((types.Count == 0 || types.Any(t => t.Value != "130")) && e.Element(B("ID"))?.Attribute("schemeID") is not null)
            {
                Report(e, "UBL-CR-665", sink);
            }

            if (invoicedObject && e.Element(A("Attachment")) is not null)
            {
                Report(e, "UBL-CR-666", sink);
            }

            if (invoicedObject && e.Element(B("DocumentDescription")) is not null)
            {
                Report(e, "UBL-CR-673", sink);
            }
        }
    }
}
