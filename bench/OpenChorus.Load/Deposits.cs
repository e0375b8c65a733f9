using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenChorus.Load;

/// <summary>What one deposer/flux call came to.</summary>
public enum DepositOutcome
{
    Accepted,

    /// <summary>An answer other than 200 with a numeroFluxDepot.</summary>
    Refused,

    /// <summary>No answer: connection refused or reset (a killed node), or the 30-second timeout.</summary>
    Failed,

    /// <summary>No node was in the rotation (the only one was killed).</summary>
    NoNode,
}

/// <summary>
/// The ERP side over real HTTP: the token from /api/oauth/token, then <c>POST /cpro/factures/v1/deposer/flux</c> with
/// the bearer token and cpro-account, the file in base64. Each flux gets fresh invoice numbers (the platform refuses a
/// number twice for a supplier and year): <c>L</c>, a 4-character run tag and a 12-digit sequence, 17 characters.
/// </summary>
public sealed class Deposits(HttpClient http, LoadWorld world, int perFlux)
{
    private const string Placeholder = "LOADNUMBERPLACEHLD";
    private static readonly string Template = LoadWorld.InvoiceTemplate(Placeholder);
    private readonly string _runTag = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
    private long _sequence;
    private string _token = "";

    public async Task AuthenticateAsync(Uri node)
    {
        using var response = await http.PostAsync(new Uri(node, "/api/oauth/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = world.ClientId,
            ["client_secret"] = world.ClientSecret,
            ["scope"] = "openid",
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _token = json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>The JSON body of the next flux: one UBL file, or a zip lot of <c>perFlux</c> invoices.</summary>
    public string NextBody()
    {
        byte[] file;
        string name;
        if (perFlux == 1)
        {
            var number = NextNumber();
            file = Encoding.UTF8.GetBytes(Template.Replace(Placeholder, number, StringComparison.Ordinal));
            name = number + ".xml";
        }
        else
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                for (var i = 0; i < perFlux; i++)
                {
                    var number = NextNumber();
                    using var entry = zip.CreateEntry(number + ".xml", CompressionLevel.Fastest).Open();
                    entry.Write(Encoding.UTF8.GetBytes(Template.Replace(Placeholder, number, StringComparison.Ordinal)));
                }
            }

            file = buffer.ToArray();
            name = $"lot-{_runTag}-{Interlocked.Read(ref _sequence)}.zip";
        }

        return $$"""{"fichierFlux":"{{Convert.ToBase64String(file)}}","nomFichier":"{{name}}","syntaxeFlux":"IN_DP_E1_UBL_INVOICE","avecSignature":false}""";
    }

    private string NextNumber() =>
        string.Create(CultureInfo.InvariantCulture, $"L{_runTag}{Interlocked.Increment(ref _sequence):D12}");

    /// <summary>Sends one deposit; answers the outcome and, when accepted, the numeroFluxDepot.</summary>
    public async Task<(DepositOutcome Outcome, string? Number, string? Detail)> DepositAsync(Uri node, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, "/cpro/factures/v1/deposer/flux"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Add("cpro-account", world.AccountHeader);
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("numeroFluxDepot", out var number) && number.GetString() is { Length: > 0 } value)
                {
                    return (DepositOutcome.Accepted, value, null);
                }
            }

            return (DepositOutcome.Refused, null, $"{(int)response.StatusCode} {text[..Math.Min(text.Length, 200)]}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return (DepositOutcome.Failed, null, exception.GetType().Name + ": " + exception.Message);
        }
    }
}
