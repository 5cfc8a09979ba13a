using Assistant.Core.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Assistant.Hosting.Telemetry;

/// <summary>OpenTelemetry for the assistant, from <c>Assistant:Telemetry</c> (<see cref="TelemetryOptions"/>); off by default.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The meters exported: the assistant's, the language model's, Npgsql's and the runtime's (memory, GC, thread pool).</summary>
    public static IReadOnlyList<string> Meters { get; } = [AssistantTelemetry.Name, AssistantTelemetry.AiMeterName, "Npgsql", "System.Runtime"];

    /// <summary>
    /// Registers the <see cref="TelemetryOptions"/> and, when they turn something on, OpenTelemetry tracing and metrics: the
    /// assistant's <see cref="AssistantTelemetry.Source"/> (turn, understanding, tool, store, channel spans), outgoing HTTP
    /// (the Bot Framework connector, token and metadata calls) and Npgsql spans, every span through the
    /// <see cref="TelemetryScrubber"/> first; the meters of <see cref="Meters"/> and HttpClient's; an OTLP exporter when
    /// <c>Otlp:Endpoint</c> is set. Logs are not exported (they name conversations). The web host adds its request spans
    /// and the Prometheus endpoint. Nothing is registered when telemetry is off. A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddAssistantTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TelemetryOptions)))
        {
            return services;
        }

        var options = TelemetryOptions.Read(configuration);
        services.TryAddSingleton(options);
        if (!options.IsOn)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName));
        telemetry.WithTracing(tracing =>
        {
            tracing.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.SampleRatio)))
                .AddSource(AssistantTelemetry.Name)
                .AddProcessor(new TelemetryScrubber())
                .AddHttpClientInstrumentation(http => http.RecordException = false)
                .AddNpgsql();
            if (options.Otlp.IsOn)
            {
                tracing.AddOtlpExporter(otlp => Configure(otlp, options.Otlp, "v1/traces"));
            }
        });
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter([.. Meters]).AddHttpClientInstrumentation();
            if (options.Otlp.IsOn)
            {
                metrics.AddOtlpExporter(otlp => Configure(otlp, options.Otlp, "v1/metrics"));
            }
        });
        return services;
    }

    /// <summary>
    /// The exporter's endpoint, protocol and headers; over http/protobuf the signal's path is added to the base URL. With
    /// <see cref="OtlpTelemetryOptions.FromEnvironment"/> (and no endpoint) the exporter keeps what it read from the
    /// <c>OTEL_EXPORTER_OTLP_*</c> environment variables.
    /// </summary>
    internal static void Configure(OtlpExporterOptions otlp, OtlpTelemetryOptions options, string signalPath)
    {
        if (!options.HasEndpoint)
        {
            return;
        }

        var endpoint = new Uri(options.Endpoint!, UriKind.Absolute);
        if (options.Protocol == OtlpTelemetryOptions.HttpProtobuf)
        {
            otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
            otlp.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
        }
        else
        {
            otlp.Protocol = OtlpExportProtocol.Grpc;
            otlp.Endpoint = endpoint;
        }

        if (!string.IsNullOrWhiteSpace(options.Headers))
        {
            otlp.Headers = options.Headers;
        }
    }
}
