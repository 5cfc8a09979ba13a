using Microsoft.Extensions.Configuration;

namespace Assistant.Hosting.Telemetry;

/// <summary>
/// <c>Assistant:Telemetry</c>: OpenTelemetry export, off by default. <see cref="Otlp"/> sends traces and metrics to an
/// OTLP endpoint (a collector, Application Insights through one); <see cref="Prometheus"/> serves <c>/metrics</c> on the
/// web host (operator access only). With neither, no OpenTelemetry provider is built and no endpoint exists.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Assistant:Telemetry";

    public OtlpTelemetryOptions Otlp { get; set; } = new();

    /// <summary>Serve the metrics in Prometheus text format at <c>/metrics</c> (web host).</summary>
    public bool Prometheus { get; set; }

    /// <summary>The <c>service.name</c> of the resource.</summary>
    public string ServiceName { get; set; } = "vacancy-assistant";

    /// <summary>The share of new traces kept (parent-based: a request whose caller sampled it is kept), 0–1.</summary>
    public double SampleRatio { get; set; } = 1.0;

    /// <summary>Whether anything is exported or served.</summary>
    public bool IsOn => Otlp.IsOn || Prometheus;

    /// <summary>The options in <paramref name="configuration"/>; throws <see cref="InvalidOperationException"/> with the setting's name when one is invalid.</summary>
    public static TelemetryOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        options.Validate();
        return options;
    }

    private void Validate()
    {
        if (Otlp.HasEndpoint && (!Uri.TryCreate(Otlp.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"{SectionName}:Otlp:Endpoint must be an absolute http or https URL (e.g. http://collector:4317).");
        }

        if (Otlp.Protocol is not (OtlpTelemetryOptions.Grpc or OtlpTelemetryOptions.HttpProtobuf))
        {
            throw new InvalidOperationException($"{SectionName}:Otlp:Protocol must be '{OtlpTelemetryOptions.Grpc}' or '{OtlpTelemetryOptions.HttpProtobuf}'.");
        }

        if (SampleRatio is < 0 or > 1 || double.IsNaN(SampleRatio))
        {
            throw new InvalidOperationException($"{SectionName}:SampleRatio must be between 0 and 1.");
        }

        if (string.IsNullOrWhiteSpace(ServiceName))
        {
            throw new InvalidOperationException($"{SectionName}:ServiceName must not be empty.");
        }
    }
}

/// <summary><c>Assistant:Telemetry:Otlp</c>: where OTLP goes.</summary>
public sealed class OtlpTelemetryOptions
{
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>The collector's base URL (gRPC: <c>http://collector:4317</c>; http/protobuf: <c>http://collector:4318</c>, the signal paths are added). Empty: no OTLP export.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string Protocol { get; set; } = Grpc;

    /// <summary>Headers sent with every export, <c>key=value</c> comma-separated (e.g. an API key of a hosted backend; keep it in a secret store).</summary>
    public string? Headers { get; set; }

    /// <summary>
    /// Take endpoint, protocol and headers from the standard <c>OTEL_EXPORTER_OTLP_*</c> environment variables instead (a
    /// platform that injects them, e.g. the managed OpenTelemetry agent of Azure Container Apps). Ignored when
    /// <see cref="Endpoint"/> is set.
    /// </summary>
    public bool FromEnvironment { get; set; }

    public bool IsOn => !string.IsNullOrWhiteSpace(Endpoint) || FromEnvironment;

    /// <summary>Whether <see cref="Endpoint"/> (not the environment) says where OTLP goes.</summary>
    public bool HasEndpoint => !string.IsNullOrWhiteSpace(Endpoint);
}
