using System.Net;
using AngleSharp.Html.Dom;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Saisie;

public static class SaisieSteps
{
    /// <summary>Clicks a submit button as a browser does: the form goes to the button's own formaction.</summary>
    public static Task<IHtmlDocument> ClickAsync(
        this PortalClient portal, IHtmlDocument page, string button, IReadOnlyDictionary<string, string>? fields = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var clicked = page.QuerySelectorAll("main form button").FirstOrDefault(b => b.TextContent.Trim() == button)
            ?? throw new InvalidOperationException($"No button «{button}» on {portal.CurrentUrl}:\n{page.Body?.TextContent}");
        var form = clicked.Closest("form")!;
        if (string.IsNullOrEmpty(form.Id))
        {
            form.Id = "clicked-form";
        }

        form.SetAttribute("action", clicked.GetAttribute("formaction") ?? form.GetAttribute("action") ?? "");
        return portal.SubmitAsync(page, fields ?? new Dictionary<string, string>(), "#" + form.Id, expected);
    }

    /// <summary>A complete invoice: 3 × 120,50 at 20 %, 2 × 45 at 5,5 %, a 11,50 allowance at 20 %.
    /// Totals: HT 440,00, TVA 70,00 + 4,95, TTC 514,95.</summary>
    public static Dictionary<string, string> Invoice(string number, string recipientSiret, string service = "TECHNIQUE") => new()
    {
        ["Input.SellerVatNumber"] = "FR32812345676",
        ["Input.Frame"] = "A1",
        ["Input.RecipientSiret"] = recipientSiret,
        ["Input.ServiceCode"] = service,
        ["Input.Number"] = number,
        ["Input.IssueDate"] = "2026-11-20",
        ["Input.Kind"] = "Facture",
        ["Input.Lines[0].Designation"] = "Ramettes de papier A4",
        ["Input.Lines[0].Quantity"] = "3",
        ["Input.Lines[0].Unit"] = "C62",
        ["Input.Lines[0].UnitPrice"] = "120,50",
        ["Input.Lines[0].VatRate"] = "20",
        ["Input.Lines[1].Designation"] = "Livres scolaires",
        ["Input.Lines[1].Quantity"] = "2",
        ["Input.Lines[1].Unit"] = "H87",
        ["Input.Lines[1].UnitPrice"] = "45",
        ["Input.Lines[1].VatRate"] = "5.5",
        ["Input.AllowanceAmount"] = "11,50",
        ["Input.AllowanceReason"] = "Remise fidélité",
        ["Input.AllowanceVatRate"] = "20",
    };
}
