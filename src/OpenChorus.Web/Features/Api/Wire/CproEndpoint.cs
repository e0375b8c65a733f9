using System.Text.Json;
using OpenChorus.Web.Features.Api.Accounts;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>What an API operation does with its request, for the technical account that calls it.</summary>
public delegate Task<IResult> CproHandler<in TRequest>(TRequest request, CproCaller caller, HttpContext http, CancellationToken cancellationToken);

/// <summary>Maps Chorus Pro operations: POST with a JSON body read by <see cref="CproJson"/> (an empty body is an
/// empty request), 415 for another content type, 400 with the envelope for JSON that cannot be read.</summary>
public static class CproEndpoint
{
    public static RouteHandlerBuilder MapCproPost<TRequest, TResponse>(this RouteGroupBuilder group, string pattern, CproHandler<TRequest> handler)
        where TRequest : class, new()
        where TResponse : CproAnswer =>
        group.MapPost(pattern, async (HttpContext http) =>
            {
                var (request, refusal) = await ReadAsync<TRequest>(http);
                return refusal ?? await handler(request!, CproAccess.CallerOf(http), http, http.RequestAborted);
            })
            .Accepts<TRequest>("application/json")
            .Produces<TResponse>()
            .Produces<CproAnswer>(StatusCodes.Status400BadRequest)
            .Produces<CproAnswer>(StatusCodes.Status401Unauthorized)
            .Produces<CproAnswer>(StatusCodes.Status403Forbidden);

    private static async Task<(T? Request, IResult? Refusal)> ReadAsync<T>(HttpContext http)
        where T : class, new()
    {
        var contentType = http.Request.ContentType;
        if (contentType is not null && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, CproResults.Error(StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType,
                "Le corps de la requête doit être du JSON (Content-Type: application/json;charset=utf-8)."));
        }

        if (http.Request.ContentLength == 0)
        {
            return (new T(), null);
        }

        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            return buffer.Length == 0
                ? (new T(), null)
                : (JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), CproJson.Options) ?? new T(), null);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $" (près de {path})" : "";
            return (null, CproResults.Error(StatusCodes.Status400BadRequest, StatusCodes.Status400BadRequest,
                $"Le corps de la requête n'est pas un JSON lisible{where}."));
        }
    }
}
