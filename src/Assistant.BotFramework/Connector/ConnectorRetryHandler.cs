using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// The retry policy of the SDK's connector client (it has none of its own when given an <see cref="HttpClient"/>): 429
/// honouring Retry-After (seconds or a date; a wait over <see cref="ConnectorClientOptions.MaxRetryAfter"/> is not
/// retried), 408 and 5xx with exponential backoff and jitter, never another 4xx; at most
/// <see cref="ConnectorClientOptions.MaxRetries"/> retries (a retried POST may duplicate a message).
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<ConnectorClientOptions> options, TimeProvider timeProvider, ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var maxRetries = Math.Max(0, settings.MaxRetries);
        if (request.Content is not null)
        {
            // The body is sent again on a retry: buffer it once.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var host = request.RequestUri?.Host ?? "";
            if (response.IsSuccessStatusCode)
            {
                ConnectorLog.Sent(logger, request.Method.Method, host, (int)response.StatusCode);
                return response;
            }

            if (attempt <= maxRetries
                && ConnectorRetry.IsTransient(response.StatusCode)
                && ConnectorRetry.Delay(response, attempt, settings, timeProvider.GetUtcNow()) is { } delay)
            {
                ConnectorLog.Retrying(logger, request.Method.Method, host, (int)response.StatusCode, attempt, (long)delay.TotalMilliseconds);
                response.Dispose();
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            ConnectorLog.Failed(logger, request.Method.Method, host, (int)response.StatusCode, attempt);
            return response;
        }
    }
}
