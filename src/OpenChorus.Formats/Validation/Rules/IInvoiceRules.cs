using OpenChorus.Formats.Model;

namespace OpenChorus.Formats.Validation.Rules;

/// <summary>A family of EN 16931 business rules checked on the semantic model, once for every syntax.</summary>
internal interface IInvoiceRules
{
    /// <summary>Reports every broken rule of the family.</summary>
    void Check(Invoice invoice, ViolationSink sink);
}
