using System.Net;
using Assistant.AI.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.AI.Tests;

/// <summary>429/5xx are retried after the server's Retry-After (fake time), other errors are not, long waits are not made.</summary>
public sealed class RetryHandlerTests
{
    private readonly CountingTime _time = new();

    /// <summary>A fake clock that counts the timers made on it, so a test advances it only once the handler waits.</summary>
    private sealed class CountingTime : TimeProvider
    {
        private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        private int _timers;

        public int Timers => Volatile.Read(ref _timers);

        public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

        public override long GetTimestamp() => _fake.GetTimestamp();

        public override long TimestampFrequency => _fake.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = _fake.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _timers);
            return timer;
        }

        public void Advance(TimeSpan by) => _fake.Advance(by);
    }

    private sealed class Scripted(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return responses[Math.Min(Bodies.Count - 1, responses.Length - 1)]();
        }
    }

    private static HttpResponseMessage TooMany(int seconds)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    [Fact]
    public async Task A429_IsRetriedAfterItsRetryAfter_WithTheSameBody()
    {
        var inner = new Scripted(() => TooMany(1), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = new HttpClient(new RetryHandler(2, TimeSpan.FromSeconds(2), _time, inner));

        var pending = client.PostAsync(new Uri("http://127.0.0.1/x"), new StringContent("{\"a\":1}"));
        await WaitUntil(() => _time.Timers == 1);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(pending.IsCompleted); // still waiting for the Retry-After
        _time.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["{\"a\":1}", "{\"a\":1}"], inner.Bodies);
    }

    [Fact]
    public async Task A500_IsRetried_AtMostMaxRetriesTimes()
    {
        var inner = new Scripted(() => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        var handler = new RetryHandler(2, TimeSpan.FromSeconds(2), _time, inner);
        using var client = new HttpClient(handler);

        var pending = client.GetAsync(new Uri("http://127.0.0.1/x"));
        await WaitUntil(() => _time.Timers == 1);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        await WaitUntil(() => _time.Timers == 2);
        _time.Advance(TimeSpan.FromMilliseconds(1000));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3, inner.Bodies.Count);
        Assert.Equal(2, handler.Retries);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task AClientError_IsNotRetried(HttpStatusCode status)
    {
        var inner = new Scripted(() => new HttpResponseMessage(status));
        using var client = new HttpClient(new RetryHandler(2, TimeSpan.FromSeconds(2), _time, inner));

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/x"));

        Assert.Equal(status, response.StatusCode);
        Assert.Single(inner.Bodies);
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheMaximum_IsNotWaitedFor()
    {
        var inner = new Scripted(() => TooMany(30), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = new HttpClient(new RetryHandler(2, TimeSpan.FromSeconds(2), _time, inner));

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(inner.Bodies);
    }

    /// <summary>Waits (real time, generously bounded) until the handler has made its timer; the assertions do not depend on timing.</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 6000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
