using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace OpenChorus.Web.Platform.Health;

public static class HealthExtensions
{
    /// <summary>/health/live: the process answers. /health/ready: its dependencies (the database) answer too.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        return app;
    }
}
