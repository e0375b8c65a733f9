using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Writing;

internal sealed partial class UblDocumentWriter
{
    private void WriteReferences()
    {
        if (invoice.PurchaseOrderReference is not null || invoice.SalesOrderReference is not null)
        {
            A("OrderReference");
            // cbc:ID is mandatory in UBL; without a purchase order the binding's convention is "NA".
            B("ID", invoice.PurchaseOrderReference ?? "NA");
            B("SalesOrderID", invoice.SalesOrderReference);
            End();
        }

        foreach (var preceding in invoice.PrecedingInvoices)
        {
            A("BillingReference");
            A("InvoiceDocumentReference");
            B("ID", preceding.Number ?? "");
            B("IssueDate", Date(preceding.IssueDate));
            End();
            End();
        }

        DocumentReference("DespatchDocumentReference", invoice.DespatchAdviceReference);
        DocumentReference("ReceiptDocumentReference", invoice.ReceivingAdviceReference);
        if (!creditNote)
        {
            DocumentReference("OriginatorDocumentReference", invoice.TenderReference);
        }

        DocumentReference("ContractDocumentReference", invoice.ContractReference);
        WriteAdditionalDocuments();
        if (creditNote)
        {
            DocumentReference("OriginatorDocumentReference", invoice.TenderReference);
        }
        else
        {
            DocumentReference("ProjectReference", invoice.ProjectReference);
        }
    }

    private void WriteAdditionalDocuments()
    {
        if (invoice.InvoicedObjectId is { } objectId)
        {
            A("AdditionalDocumentReference");
            B("ID", objectId.Value, "schemeID", objectId.SchemeId);
            B("DocumentTypeCode", "130");
            End();
        }

        foreach (var document in invoice.AdditionalDocuments)
        {
            A("AdditionalDocumentReference");
            B("ID", document.Id ?? "");
            B("DocumentDescription", document.Description);
            if (document.AttachmentContent is not null || document.ExternalUri is not null)
            {
                A("Attachment");
                WriteBinary("EmbeddedDocumentBinaryObject", document);
                if (document.ExternalUri is not null)
                {
                    A("ExternalReference");
                    B("URI", document.ExternalUri);
                    End();
                }

                End();
            }

            End();
        }

        if (creditNote && invoice.ProjectReference is not null)
        {
            // A UBL CreditNote has no cac:ProjectReference: the binding puts BT-11 in a document reference of type 50.
            A("AdditionalDocumentReference");
            B("ID", invoice.ProjectReference);
            B("DocumentTypeCode", "50");
            End();
        }
    }

    private void WriteBinary(string name, AdditionalDocument document)
    {
        if (document.AttachmentContent is not { } content)
        {
            return;
        }

        Xml.WriteStartElement("cbc", name, Cbc);
        Xml.WriteAttributeString("mimeCode", MimeCode(document.AttachmentMimeCode));
        if (document.AttachmentFileName is not null)
        {
            Xml.WriteAttributeString("filename", document.AttachmentFileName);
        }

        Xml.WriteString(Convert.ToBase64String(content));
        Xml.WriteEndElement();
    }

    private void DocumentReference(string name, string? id)
    {
        if (id is not null)
        {
            A(name);
            B("ID", id);
            End();
        }
    }
}
