using Assistant.Knowledge.Base;

namespace Assistant.Web.Health;

/// <summary>
/// While the knowledge base is still loading (or failed to load), the endpoints that answer questions — the Bot
/// Framework channel, Direct Line and the page's token, the staff API — answer 503 with <c>Retry-After</c> and the <c>/readyz</c> body
/// instead of failing; everything else (the page, <c>/healthz</c>, <c>/readyz</c>) is served as usual.
/// </summary>
public static class ReadinessGate
{
    /// <summary>Seconds a client is asked to wait before it retries.</summary>
    public const int RetryAfterSeconds = 2;

    private static readonly string[] GatedPrefixes = ["/api/messages", "/v3/directline", "/api/ask", "/api/staff", "/api/webchat"];

    public static IApplicationBuilder UseReadinessGate(this IApplicationBuilder app)
    {
        var knowledge = app.ApplicationServices.GetRequiredService<KnowledgeBase>();
        return app.Use(async (context, next) =>
        {
            if (knowledge.NotLoadedReason is { } reason && IsGated(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsJsonAsync(new ReadyStatus("not-ready", reason), context.RequestAborted);
                return;
            }

            await next(context);
        });
    }

    private static bool IsGated(PathString path) => GatedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
