using System.Net;

namespace Assistant.BotFramework.Connector;

/// <summary>Which connector answers are retried, and after how long.</summary>
internal static class ConnectorRetry
{
    /// <summary>429, 408 and 5xx; never another 4xx.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1-based): a 429's Retry-After
    /// (seconds or a date), otherwise exponential backoff with jitter. Null = do not retry.
    /// </summary>
    public static TimeSpan? Delay(HttpResponseMessage response, int retry, ConnectorClientOptions options, DateTimeOffset now)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response, now) is { } requested)
        {
            return requested <= options.MaxRetryAfter ? requested : null;
        }

        var exponential = options.BaseDelay * Math.Pow(2, retry - 1);
#pragma warning disable CA5394 // jitter, not security
        var jitter = options.BaseDelay * Random.Shared.NextDouble();
#pragma warning restore CA5394
        return exponential + jitter;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
