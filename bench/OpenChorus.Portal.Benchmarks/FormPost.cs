using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>Submits a page's form as a browser does: its current values (hidden tickets and antiforgery token included),
/// the fields given, and files, as multipart.</summary>
public static class FormPost
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ReadAsync(client, response, url);
    }

    public static async Task<IHtmlDocument> SubmitAsync(
        this HttpClient client, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> fields,
        (string Field, string Name, byte[] Content)? file = null, string? fallbackAction = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form {formSelector}: {page.Body?.TextContent[..Math.Min(2000, page.Body.TextContent.Length)]}");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name)
                     && i.Type is not ("submit" or "button" or "file") && (i.Type is not ("checkbox" or "radio") || i.IsChecked)))
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name) && !fields.ContainsKey(s.Name)))
        {
            content.Add(new StringContent(select.Value ?? ""), select.Name!);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            content.Add(new ByteArrayContent(f.Content), f.Field, f.Name);
        }

        var action = form.GetAttribute("action") is { Length: > 0 } declared
            ? declared
            : fallbackAction ?? throw new InvalidOperationException($"Form {formSelector} has no action.");
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        return await ReadAsync(client, response, action);
    }

    private static async Task<IHtmlDocument> ReadAsync(HttpClient client, HttpResponseMessage response, string url)
    {
        // Post-redirect-get: the page the user lands on is part of what they wait for.
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
        {
            return await client.GetPageAsync(location.OriginalString);
        }

        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? Parser.ParseDocument(body)
            : throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
    }
}
