using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OpenChorus.Web.Tests.Infrastructure;

namespace OpenChorus.Web.Tests.Features.Invoices.Emises;

/// <summary>A file to send with a form, as a browser's file input does.</summary>
internal sealed record TestFile(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>Submits a page's form as multipart (with files), keeping its current values and antiforgery token, as a
/// browser does for <c>enctype="multipart/form-data"</c>.</summary>
internal static class Uploads
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> SubmitWithFilesAsync(
        this PortalClient portal, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> fields,
        IEnumerable<TestFile> files, string fallbackAction, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, document) = await PostAsync(portal, page, formSelector, fields, files, fallbackAction);
        if (status != expected)
        {
            throw new InvalidOperationException($"Expected {(int)expected}, got {(int)status}:\n{document.Body?.TextContent[..Math.Min(3000, document.Body.TextContent.Length)]}");
        }

        return document;
    }

    public static async Task<(HttpStatusCode Status, IHtmlDocument Page)> PostAsync(
        PortalClient portal, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> fields, IEnumerable<TestFile> files, string fallbackAction)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}':\n{page.Body?.TextContent}");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || fields.ContainsKey(input.Name) || input.Type is "submit" or "button" or "file"
                || (input.Type is "checkbox" or "radio" && !input.IsChecked))
            {
                continue;
            }

            content.Add(new StringContent(input.Value), input.Name);
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name) && !fields.ContainsKey(s.Name)))
        {
            content.Add(new StringContent(select.Value ?? ""), select.Name!);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        var action = form.GetAttribute("action") is { Length: > 0 } declared ? declared : fallbackAction;
        var response = await portal.Http.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
