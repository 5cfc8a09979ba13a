using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: <c>base64url(payload).base64url(HMAC-SHA256)</c>, signed with a key derived from
/// <c>Assistant:DirectLine:SigningKey</c> (shared by all instances), else from the configured secret, else a random
/// per-process key (with a warning at start: tokens then work on this instance only and die with it). A token opens
/// exactly one conversation.
/// </summary>
public sealed class DirectLineTokens : IHostedService
{
    private readonly ILogger<DirectLineTokens>? _logger;

    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(options);
        var signingKey = options.Value.SigningKey;
        KeySource = !string.IsNullOrWhiteSpace(signingKey) ? "configured" : secret.IsConfigured ? "secret" : "random";
        _key = KeySource switch
        {
            "configured" => SHA256.HashData(Encoding.UTF8.GetBytes("directline-signing-key:" + signingKey)),
            "secret" => SHA256.HashData(Encoding.UTF8.GetBytes("directline-token-key:" + secret.Value)),
            _ => RandomNumberGenerator.GetBytes(32),
        };
        _time = time;
        _lifetime = options.Value.TokenLifetime;
        _logger = logger;
    }

    /// <summary>Where the signing key comes from: <c>configured</c> (SigningKey), <c>secret</c> (derived from it) or <c>random</c> (this process only).</summary>
    public string KeySource { get; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (KeySource == "random" && _logger is not null)
        {
            DirectLineLog.RandomSigningKey(_logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Seconds a new token lives (the <c>expires_in</c> of the responses).</summary>
    public int ExpiresInSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>A new token for <paramref name="conversationId"/> and <paramref name="userId"/>.</summary>
    public (string Token, TokenClaims Claims) Issue(string conversationId, string userId)
    {
        var claims = new TokenClaims(conversationId, userId, _time.GetUtcNow() + _lifetime);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(conversationId, userId, claims.ExpiresAt.ToUnixTimeSeconds(), Convert.ToHexString(RandomNumberGenerator.GetBytes(6))));
        var body = Base64Url.EncodeToString(payload);
        return ($"{body}.{Sign(body)}", claims with { ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt.ToUnixTimeSeconds()) });
    }

    /// <summary>The claims of a well-signed, unexpired token; null otherwise.</summary>
    public TokenClaims? Validate(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            return null;
        }

        var body = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token[(dot + 1)..])))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(body));
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }

        if (payload is null || string.IsNullOrEmpty(payload.C) || string.IsNullOrEmpty(payload.U))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.E);
        return expires <= _time.GetUtcNow() ? null : new TokenClaims(payload.C, payload.U, expires);
    }

    private string Sign(string body) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)));

    private sealed record Payload(string C, string U, long E, string N);
}
