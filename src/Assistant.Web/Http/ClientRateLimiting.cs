using System.Globalization;
using System.Threading.RateLimiting;
using Assistant.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Http;

/// <summary>The rate limits of the endpoints (fixed one-minute windows); rejections are 429 with Retry-After.</summary>
public static class ClientRateLimiting
{
    /// <summary>The policy name put on the /api endpoints.</summary>
    public const string PerClientIp = "per-client-ip";

    /// <summary>
    /// The anonymous token endpoint of the page (<c>POST /api/webchat/token</c>): its own, smaller budget per client IP
    /// (<see cref="WebOptions.AnonymousTokensPerIpPerMinute"/>), apart from what secret holders may do.
    /// </summary>
    public const string AnonymousTokens = "anonymous-tokens";

    /// <summary>
    /// Direct Line reads of one conversation (polling GET activities, reconnect, stream): per conversation and client IP,
    /// <see cref="WebOptions.PollsPerConversationPerMinute"/> (Web Chat polls once a second at most).
    /// </summary>
    public const string PerConversationReads = "per-conversation-reads";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(PerClientIp, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(ip, _ => Window(options.PermitsPerIpPerMinute));
            });
            limiter.AddPolicy(AnonymousTokens, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter("token|" + ip, _ => Window(Math.Min(options.AnonymousTokensPerIpPerMinute, options.PermitsPerIpPerMinute)));
            });
            limiter.AddPolicy(PerConversationReads, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
                var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var conversation = http.Request.RouteValues["conversationId"] as string ?? "";
                return RateLimitPartition.GetFixedWindowLimiter($"read|{ip}|{conversation}", _ => Window(options.PollsPerConversationPerMinute));
            });
        });

    /// <summary>A one-minute fixed window of <paramref name="permits"/> requests, without queueing.</summary>
    public static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
