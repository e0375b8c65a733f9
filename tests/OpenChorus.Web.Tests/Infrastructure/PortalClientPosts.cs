using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>Requests a browser would not offer: a POST with hand-picked fields (another structure's ids, say), still
/// carrying a valid antiforgery token, so a refusal proves the server's access check and not the token check.</summary>
public static class PortalClientPosts
{
    public static async Task<IHtmlDocument> PostAsync(
        this PortalClient portal, string action, IReadOnlyDictionary<string, string> fields, HttpStatusCode expected)
    {
        var page = await portal.GetAsync("/");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")
            ?? throw new InvalidOperationException("The home page has no antiforgery token: is the client signed in?");
        var form = page.CreateElement("form");
        form.Id = "forged";
        form.SetAttribute("method", "post");
        form.SetAttribute("action", action);
        form.InnerHtml = token.OuterHtml;
        page.Body!.AppendChild(form);
        return await portal.SubmitAsync(page, fields, "#forged", expected);
    }

    /// <summary>Posts a file as a browser's file input does (multipart), with the page's antiforgery token.</summary>
    public static async Task<(HttpStatusCode Status, IHtmlDocument Page)> UploadAsync(this PortalClient portal, string pageUrl, string field, string fileName, string content)
    {
        var page = await portal.GetAsync(pageUrl);
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), field, fileName },
        };
        var response = await portal.Http.PostAsync(new Uri(pageUrl, UriKind.Relative), form);
        return (response.StatusCode, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }
}
