namespace OpenChorus.Formats.Writing;

internal sealed partial class CiiDocumentWriter
{
    private void WriteAdditionalDocuments()
    {
        foreach (var document in invoice.AdditionalDocuments)
        {
            if (!Keep("BG-24", document))
            {
                continue;
            }

            R("AdditionalReferencedDocument");
            Leaf("IssuerAssignedID", document.Id ?? "");
            Leaf("URIID", document.ExternalUri);
            Leaf("TypeCode", "916");
            Leaf("Name", document.Description);
            if (document.AttachmentContent is { } content)
            {
                Xml.WriteStartElement("ram", "AttachmentBinaryObject", Ram);
                Xml.WriteAttributeString("mimeCode", MimeCode(document.AttachmentMimeCode));
                Xml.WriteAttributeString("filename", document.AttachmentFileName ?? "");
                Xml.WriteString(Convert.ToBase64String(content));
                Xml.WriteEndElement();
            }

            End();
        }

        if (Keep("BT-17", invoice.TenderReference))
        {
            R("AdditionalReferencedDocument");
            Leaf("IssuerAssignedID", invoice.TenderReference);
            Leaf("TypeCode", "50");
            End();
        }

        if (Keep("BT-18", invoice.InvoicedObjectId))
        {
            R("AdditionalReferencedDocument");
            Leaf("IssuerAssignedID", invoice.InvoicedObjectId!.Value);
            Leaf("TypeCode", "130");
            Leaf("ReferenceTypeCode", invoice.InvoicedObjectId.SchemeId);
            End();
        }
    }

    private void ReferencedDocument(string name, string? id, string term)
    {
        if (Keep(term, id))
        {
            R(name);
            Leaf("IssuerAssignedID", id);
            End();
        }
    }
}
