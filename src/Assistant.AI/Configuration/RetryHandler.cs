using System.Net;

namespace Assistant.AI.Configuration;

/// <summary>
/// Retries a model request after 429 (too many requests) or a 5xx, at most <c>maxRetries</c> times, waiting what the
/// server's <c>Retry-After</c> (or <c>retry-after-ms</c>) asks, else an exponential backoff (0.5 s, 1 s, …). A wait longer
/// than <c>maxDelay</c> is not made: the response is returned and the caller falls back to the templated answer. Waits
/// use the injected <see cref="TimeProvider"/>. (The connectors' own retry policy is off when they get our HttpClient.)
/// </summary>
public sealed class RetryHandler : DelegatingHandler
{
    private readonly int _maxRetries;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _time;

    public RetryHandler(int maxRetries, TimeSpan maxDelay, TimeProvider time, HttpMessageHandler? inner = null)
        : base(inner ?? new SocketsHttpHandler())
    {
        _maxRetries = maxRetries;
        _maxDelay = maxDelay;
        _time = time;
    }

    /// <summary>Requests retried so far (for the metrics).</summary>
    public int Retries => Volatile.Read(ref _retries);

    private int _retries;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is buffered once so that it can be sent again.
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentHeaders = request.Content?.Headers.ToList();
        for (var attempt = 0; ; attempt++)
        {
            if (body is not null)
            {
                var content = new ByteArrayContent(body);
                foreach (var header in contentHeaders!)
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                request.Content = content;
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsTransient(response.StatusCode) || attempt >= _maxRetries)
            {
                return response;
            }

            var delay = Delay(response, attempt);
            if (delay > _maxDelay)
            {
                return response;
            }

            response.Dispose();
            Interlocked.Increment(ref _retries);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The server's wish (retry-after-ms, then Retry-After as seconds or a date), else 0.5 s × 2^attempt.</summary>
    internal TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                var wait = date - _time.GetUtcNow();
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
        }

        return TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt));
    }
}
