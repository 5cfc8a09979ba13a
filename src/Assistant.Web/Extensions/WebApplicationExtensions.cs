using Assistant.Web.Ask;
using Assistant.Web.DirectLine;
using Assistant.Web.Health;
using Assistant.Web.Http;
using Assistant.Web.Insights;
using Assistant.Web.Messages;
using Assistant.Web.Page;
using Assistant.Web.Staff;
using Assistant.Web.Telemetry;

namespace Assistant.Web.Extensions;

/// <summary>The request pipeline and the endpoints of the web host.</summary>
public static class WebApplicationExtensions
{
    /// <summary>The real client behind known proxies; 4xx/5xx counted (assistant.http.errors); exceptions become bare problems; nosniff everywhere; static files (the page); 503 on the question endpoints until the knowledge is loaded; /api/* is rate limited per client IP.</summary>
    public static WebApplication UseAssistantPipeline(this WebApplication app)
    {
        app.UseKnownProxies();
        app.UseHttpErrorCounting();
        app.UseProblemsWithoutStackTraces();
        app.UseNoSniff();
        app.UseWebChatPage();
        app.UseReadinessGate();
        app.UseRateLimiter();
        return app;
    }

    /// <summary><c>/</c> (the page), <c>/api/webchat/token</c>, <c>/api/messages</c>, <c>/v3/directline</c>, <c>/api/ask</c>, <c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c> (only when Prometheus is on).</summary>
    public static WebApplication MapAssistantEndpoints(this WebApplication app)
    {
        app.MapBotChannel();
        app.MapDirectLine();
        app.MapStaffAsk();
        app.MapStaffLookup();
        app.MapHrInsights();
        app.MapHealth();
        app.MapMetrics();
        app.MapWebChatPage();
        return app;
    }
}
