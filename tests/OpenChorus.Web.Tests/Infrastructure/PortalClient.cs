using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenChorus.Web.Tests.Infrastructure;

/// <summary>Drives the portal as a browser without JavaScript would: GET a page, fill its form, POST it.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>The address of the last page received (after redirects).</summary>
    public Uri? CurrentUrl { get; private set; }

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return await ReadAsync(response, expected);
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes the form matching <paramref name="formSelector"/> (default: the first
    /// form of the main content), keeps its current values (antiforgery token included), sets
    /// <paramref name="fields"/> (a submit button's name and value included), and submits it.
    /// </summary>
    public async Task<IHtmlDocument> SubmitAsync(
        string pageUrl,
        IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form",
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var page = await GetAsync(pageUrl);
        return await SubmitAsync(page, fields, formSelector, expected);
    }

    public async Task<IHtmlDocument> SubmitAsync(
        IHtmlDocument page,
        IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form",
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {CurrentUrl}:\n{page.Body?.TextContent}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || fields.ContainsKey(input.Name) || input.Type is "submit" or "button")
            {
                continue;
            }

            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }

            values.Add(new(input.Name, input.Value));
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (!string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name))
            {
                values.Add(new(select.Name, select.Value ?? ""));
            }
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } declared ? declared : CurrentUrl!.PathAndQuery;
        var target = new Uri(action, UriKind.RelativeOrAbsolute);
        var response = await Http.PostAsync(target, new FormUrlEncodedContent(values));
        return await ReadAsync(response, expected);
    }

    public void Dispose() => Http.Dispose();

    private async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        CurrentUrl = response.RequestMessage?.RequestUri;
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"Expected {(int)expected} from {CurrentUrl}, got {(int)response.StatusCode}:\n{html[..Math.Min(html.Length, 3000)]}");
        }

        return await Parser.ParseDocumentAsync(html);
    }
}
