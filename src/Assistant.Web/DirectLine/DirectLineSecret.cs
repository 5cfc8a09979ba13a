using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// The Direct Line secret: the configured one, or a random one generated at start (then, in development only,
/// loopback clients may call <c>/tokens/generate</c> without it; that is logged at start).
/// </summary>
public sealed class DirectLineSecret : IHostedService
{
    private readonly ILogger<DirectLineSecret> _logger;

    public DirectLineSecret(IOptions<DirectLineOptions> options, IHostEnvironment environment, ILogger<DirectLineSecret> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _logger = logger;
        IsConfigured = !string.IsNullOrWhiteSpace(options.Value.Secret);
        Value = IsConfigured ? options.Value.Secret! : Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        LoopbackMayGenerate = !IsConfigured && environment.IsDevelopment();
    }

    /// <summary>Whether <c>Assistant:DirectLine:Secret</c> is set.</summary>
    public bool IsConfigured { get; }

    /// <summary>The secret in force.</summary>
    public string Value { get; }

    /// <summary>No secret configured and development: loopback callers may generate tokens without one.</summary>
    public bool LoopbackMayGenerate { get; }

    /// <summary>Whether <paramref name="given"/> is the secret (constant time).</summary>
    public bool Matches(string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(Value)));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            if (LoopbackMayGenerate)
            {
                DirectLineLog.SecretGeneratedLoopbackAllowed(_logger);
            }
            else
            {
                DirectLineLog.SecretGenerated(_logger);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
