using System.Globalization;
using System.Threading.RateLimiting;
using Assistant.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Http;

/// <summary>The per-client-IP limit on /api/* (fixed one-minute windows); rejections are 429 with Retry-After.</summary>
public static class ClientRateLimiting
{
    /// <summary>The policy name put on the /api endpoints.</summary>
    public const string PerClientIp = "per-client-ip";

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
