namespace OpenChorus.Web.Features.Api;

/// <summary><c>GET /cpro/transverses/v1/health-check</c>: the API answers, behind the same gate as every operation.</summary>
public static class HealthCheck
{
    public static RouteGroupBuilder MapHealthCheck(this RouteGroupBuilder transverses)
    {
        transverses.MapGet("health-check", () => Results.Json(new HealthCheckAnswer("API Chorus Pro OpenChorus disponible", 200, "OK")))
            .Produces<HealthCheckAnswer>();
        return transverses;
    }
}

/// <summary>The health-check's answer, as Chorus Pro shapes it (a Spring ResponseEntity).</summary>
public sealed record HealthCheckAnswer(string Body, int StatusCodeValue, string StatusCode);
