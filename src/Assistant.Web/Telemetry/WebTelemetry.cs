using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Diagnostics;
using Assistant.Hosting.Telemetry;
using Assistant.Web.Ask;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Assistant.Web.Telemetry;

/// <summary>
/// The web host's part of the telemetry (the rest is Assistant.Hosting's <see cref="TelemetryServiceCollectionExtensions"/>):
/// request spans and ASP.NET Core's metrics when telemetry is on, the 4xx/5xx counter, and <c>/metrics</c> when
/// <c>Assistant:Telemetry:Prometheus</c> is true (operator access only, like <c>/api/ask</c>).
/// </summary>
public static class WebTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// The assistant's telemetry (<see cref="TelemetryServiceCollectionExtensions.AddAssistantTelemetry"/>) plus, when it is
    /// on, ASP.NET Core's request spans (not for the probes and <c>/metrics</c>; no exception details) and metrics, and the
    /// Prometheus exporter when asked for.
    /// </summary>
    public static IServiceCollection AddWebTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAssistantTelemetry(configuration);
        var options = Options(services);
        if (!options.IsOn)
        {
            return services;
        }

        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddAspNetCoreInstrumentation(aspnet =>
        {
            aspnet.RecordException = false;
            aspnet.Filter = http => !IsQuiet(http.Request.Path);
        }));
        services.ConfigureOpenTelemetryMeterProvider(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation();
            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
            }
        });
        return services;
    }

    /// <summary>Counts every 4xx and 5xx response on <c>assistant.http.errors</c> by status and route template (outermost, so exceptions turned into 500 count).</summary>
    public static IApplicationBuilder UseHttpErrorCounting(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch
            {
                AssistantTelemetry.RecordHttpStatus(StatusCodes.Status500InternalServerError, RouteOf(context));
                throw;
            }

            AssistantTelemetry.RecordHttpStatus(context.Response.StatusCode, RouteOf(context));
        });

    /// <summary><c>GET /metrics</c> (Prometheus text format) when <c>Assistant:Telemetry:Prometheus</c> is true; otherwise no endpoint (404).</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<TelemetryOptions>().Prometheus)
        {
            return app;
        }

        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
        {
            var staff = context.RequestServices.GetRequiredService<IOptions<StaffOptions>>().Value;
            return IsAllowed(context, staff)
                ? next(context)
                : Problems.Status(StatusCodes.Status403Forbidden, $"Operator access only: call from this machine or send the {StaffAccess.HeaderName} header (or Authorization: Bearer with the same key).").ExecuteAsync(context);
        }), optionsName: null).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        return app;
    }

    /// <summary>The rule of <c>/api/ask</c> (<see cref="StaffAccess"/>: loopback, or the access key in <c>X-Access-Key</c>), or the access key as a bearer token (what Prometheus' <c>authorization</c> sends).</summary>
    public static bool IsAllowed(HttpContext context, StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (StaffAccess.IsAllowed(context, options))
        {
            return true;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return !string.IsNullOrEmpty(options.AccessKey)
            && authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && authorization.Length > Bearer.Length
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Bearer.Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(options.AccessKey)));
    }

    private static TelemetryOptions Options(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(TelemetryOptions)).Select(d => d.ImplementationInstance).OfType<TelemetryOptions>().FirstOrDefault()
        ?? throw new InvalidOperationException("AddAssistantTelemetry registers the telemetry options.");

    private static bool IsQuiet(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(MetricsPath);

    private static string? RouteOf(HttpContext context) => (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
}
