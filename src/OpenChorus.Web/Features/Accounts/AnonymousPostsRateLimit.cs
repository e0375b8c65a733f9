using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>
/// Limits the posts of one client address to the pages that check passwords or codes or send e-mail (login, two-factor,
/// register, resend activation, forgot password), so they cannot be used to guess passwords or flood mailboxes.
/// Pages take it with <c>[EnableRateLimiting(AnonymousPostsRateLimit.Policy)]</c>; reading a page is never limited.
/// A refused post gets 429, which the error page explains in French.
/// </summary>
public sealed class AnonymousPostsRateLimit(IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "anonymous-posts";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limit = options.Value;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
