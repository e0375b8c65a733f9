using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Structure;

/// <summary>The English and French messages of the structural checks, naming the element and what the schema expects.</summary>
internal static class StructureMessages
{
    public static (string English, string French) Unexpected(XElement child, XElement parent, IReadOnlyList<string> expected) =>
        ($"The element {Name(child)} is not allowed here in {Name(parent)}: remove it or correct its name. Expected at this place: {ListEn(expected)}.",
         $"L'élément {Name(child)} n'est pas autorisé à cet endroit dans {Name(parent)} : retirez-le ou corrigez son nom. Attendu à cet endroit : {ListFr(expected)}.");

    public static (string English, string French) OutOfOrder(XElement child, XElement parent, IReadOnlyList<string> expected) =>
        ($"The element {Name(child)} is not in the order the schema requires in {Name(parent)}: move it to its place. Expected at this place: {ListEn(expected)}.",
         $"L'élément {Name(child)} n'est pas dans l'ordre exigé par le schéma dans {Name(parent)} : déplacez-le à sa place. Attendu à cet endroit : {ListFr(expected)}.");

    public static (string English, string French) TooMany(XElement child, XElement parent, int max) =>
        ($"The element {Name(child)} appears more than {max} time(s) in {Name(parent)}: remove the extra occurrences.",
         $"L'élément {Name(child)} apparaît plus de {max} fois dans {Name(parent)} : retirez les occurrences en trop.");

    public static (string English, string French) MissingChildren(XElement parent, IReadOnlyList<string> children) => children.Count == 1
        ? ($"The element {Name(parent)} lacks its mandatory child element {children[0]}: add it.",
           $"L'élément {Name(parent)} n'a pas le sous-élément obligatoire {children[0]} : ajoutez-le.")
        : ($"The element {Name(parent)} lacks its mandatory child elements {List(children, "", " and ", shorten: false)}: add them.",
           $"L'élément {Name(parent)} n'a pas les sous-éléments obligatoires {List(children, "", " et ", shorten: false)} : ajoutez-les.");

    public static (string English, string French) MissingChoice(XElement parent, IReadOnlyList<string> children) =>
        ($"The element {Name(parent)} must contain one of {ListEn(children)}: add one.",
         $"L'élément {Name(parent)} doit contenir l'un des éléments {ListFr(children)} : ajoutez-en un.");

    public static (string English, string French) UnknownAttribute(XElement e, string attribute) =>
        ($"The attribute {attribute} is not allowed on the element {Name(e)}: remove it or correct its name.",
         $"L'attribut {attribute} n'est pas autorisé sur l'élément {Name(e)} : retirez-le ou corrigez son nom.");

    public static (string English, string French) MissingAttribute(XElement e, string attribute) =>
        ($"The element {Name(e)} lacks its mandatory attribute {attribute}{Example(attribute, "e.g.")}: add it.",
         $"L'élément {Name(e)} n'a pas l'attribut obligatoire {attribute}{Example(attribute, "par exemple")} : ajoutez-le.");

    public static (string English, string French) ElementInValue(XElement child, XElement parent) =>
        ($"The element {Name(parent)} holds a value and cannot contain the element {Name(child)}: remove {Name(child)}.",
         $"L'élément {Name(parent)} porte une valeur et ne peut pas contenir l'élément {Name(child)} : retirez {Name(child)}.");

    public static (string English, string French) TextInElementContent(XElement e) =>
        ($"The element {Name(e)} contains text between its child elements: remove the text or put it in the element it belongs to.",
         $"L'élément {Name(e)} contient du texte entre ses sous-éléments : retirez ce texte ou placez-le dans l'élément prévu.");

    /// <summary>The element's name with the prefix the document uses, e.g. cac:Party.</summary>
    public static string Name(XElement e) => e.GetPrefixOfNamespace(e.Name.Namespace) is { Length: > 0 } prefix
        ? prefix + ":" + e.Name.LocalName
        : e.Name.LocalName;

    private static string Example(string attribute, string forExample) => attribute switch
    {
        "currencyID" => $" ({forExample} currencyID=\"EUR\")",
        "unitCode" => $" ({forExample} unitCode=\"C62\")",
        "mimeCode" => $" ({forExample} mimeCode=\"application/pdf\")",
        _ => "",
    };

    private static string ListEn(IReadOnlyList<string> names) => List(names, "no further element", " or ");

    private static string ListFr(IReadOnlyList<string> names) => List(names, "aucun autre élément", " ou ");

    /// <summary>"a, b or c"; shortened past six names to the first five, an ellipsis and the last (the mandatory one, when any).</summary>
    private static string List(IReadOnlyList<string> names, string none, string or, bool shorten = true) => names.Count switch
    {
        0 => none,
        1 => names[0],
        > 6 when shorten => string.Join(", ", names.Take(5)) + ", …" + or + names[^1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + or + names[^1],
    };
}
