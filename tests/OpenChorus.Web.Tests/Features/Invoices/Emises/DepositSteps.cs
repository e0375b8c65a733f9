using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>The deposit journey's steps as a browser without JavaScript takes them.</summary>
internal static class DepositSteps
{
    public const string Depot = "/factures-emises/depot";

    /// <summary>Uploads the invoice file on the first step; answers the form step (or the page with its errors).</summary>
    public static async Task<IHtmlDocument> UploadAsync(this PortalClient portal, string fileName, byte[] content, int? structureId = null)
    {
        var page = await portal.GetAsync(Depot);
        var fields = new Dictionary<string, string> { ["action"] = "lire" };
        if (structureId is not null)
        {
            fields["Form.StructureId"] = structureId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await portal.SubmitWithFilesAsync(page, "#depot-fichier", fields, [new TestFile("file", fileName, content)], Depot);
    }

    /// <summary>Posts the form step with the given action ("valider", "enregistrer") and fields, and attachments.</summary>
    public static Task<IHtmlDocument> FormAsync(this PortalClient portal, IHtmlDocument form, string action, Dictionary<string, string>? fields = null, params TestFile[] attachments)
    {
        var values = new Dictionary<string, string>(fields ?? []) { ["action"] = action };
        return portal.SubmitWithFilesAsync(form, "#depot-formulaire", values, attachments, Depot);
    }

    /// <summary>"Confirmer et envoyer" on the confirmation step.</summary>
    public static Task<IHtmlDocument> ConfirmAsync(this PortalClient portal, IHtmlDocument confirmation) =>
        portal.SubmitAsync(confirmation, new Dictionary<string, string> { ["action"] = "confirmer" }, "#confirmer-envoi");

    public static string Errors(this IHtmlDocument page) => page.QuerySelector("#erreurs")?.TextContent ?? "";

    public static string Value(this IHtmlDocument page, string name) =>
        page.QuerySelector<IHtmlInputElement>($"input[name='{name}']")?.Value ?? "";

    public static string MainText(this IHtmlDocument page) => page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent;
}
