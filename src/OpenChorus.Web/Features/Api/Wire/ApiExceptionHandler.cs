using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>
/// An unexpected failure on an API route answers what an API client reads, never the portal's HTML error page: the
/// Chorus Pro envelope on <c>/cpro</c> (HTTP 500, as the Swagger documents declare it), ProblemDetails on our own
/// <c>/api</c> routes. The exception is logged by the exception handler middleware and never shown.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int TechnicalErrorCode = 500;
    public const string TechnicalErrorLabel =
        "Erreur technique : la demande n'a pas été traitée. Réessayez dans quelques instants.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the portal's error page: decide on the original path.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path);
        if (path.StartsWithSegments("/cpro"))
        {
            await CproResults.Error(StatusCodes.Status500InternalServerError, TechnicalErrorCode, TechnicalErrorLabel)
                .ExecuteAsync(httpContext);
            return true;
        }

        if (!path.StartsWithSegments("/api"))
            return false;

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Erreur technique",
                Detail = "La demande n'a pas été traitée. Réessayez dans quelques instants.",
            },
        });
    }
}
