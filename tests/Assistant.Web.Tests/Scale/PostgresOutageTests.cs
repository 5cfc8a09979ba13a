using System.Collections.Concurrent;
using System.Net;
using Assistant.Core.Conversations;
using Assistant.Tests.Postgres;
using Assistant.Web.Tests.DirectLine;
using static Assistant.Web.Tests.Scale.Instances;

namespace Assistant.Web.Tests.Scale;

/// <summary>
/// PostgreSQL stopped and started again while two instances are under load: what is asked during the outage gets 503 with
/// Retry-After (never a 500 or an apology presented as an answer), and every acknowledged turn is stored afterwards, whole.
/// The class has its own server, since it stops it. Skipped when PostgreSQL is not installed.
/// </summary>
public sealed class PostgresOutageTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int Clients = 8;

    private sealed record Outcome(string Conversation, HttpStatusCode Status, bool Answered, bool RetryAfter, bool DuringOutage);

    [SkippableFact]
    public async Task PostgresRestartedUnderLoad_OutageIs503WithRetryAfter_AndEveryAcknowledgedTurnIsStored()
    {
        using var instances = new Instances(server);
        var generated = await Client(instances[0]).GenerateAsync(Secret);
        var start = await StartAsync(instances[0], generated.GetProperty("token").GetString()!);
        var dlConversation = start.GetProperty("conversationId").GetString()!;
        var dlToken = start.GetProperty("token").GetString()!;
        var outcomes = new ConcurrentQueue<Outcome>();
        var outage = 0;
        using var stop = new CancellationTokenSource();

        var load = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var conversation = Activities.NewConversation();
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var during = Volatile.Read(ref outage) == 1;
                using var response = await instances[(c + turn) % 2].PostActivityAsync(Activities.Json(Activities.Message(conversation, DirectLineClient.Question)));
                var body = await response.Content.ReadAsStringAsync();
                outcomes.Enqueue(new Outcome(conversation, response.StatusCode, body.Contains("14 december 2025"), response.Headers.RetryAfter?.Delta is not null, during));
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(100);
                }
            }
        })).ToArray();

        await WaitForAsync(() => outcomes.Count(o => o.Answered) >= Clients * 2);
        server.Stop("fast");
        Volatile.Write(ref outage, 1);
        await WaitForAsync(() => outcomes.Count(o => o.DuringOutage) >= Clients * 2);
        using var directLineDuring = await Client(instances[1]).SendAsync(HttpMethod.Post, $"/conversations/{dlConversation}/activities", dlToken, DirectLineClient.Message(DirectLineClient.Question, "outage"));
        using var readyDuring = await instances[0].CreateClient().GetAsync("/readyz");
        server.Start();
        Volatile.Write(ref outage, 0);
        var answeredBeforeRestart = outcomes.Count(o => o.Answered);
        await WaitForAsync(() => outcomes.Count(o => o.Answered) >= answeredBeforeRestart + (Clients * 2));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var all = outcomes.ToArray();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, directLineDuring.StatusCode);
        Assert.NotNull(directLineDuring.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuring.StatusCode);
        Assert.Contains(all, o => o.DuringOutage && o.Status == HttpStatusCode.ServiceUnavailable);
        Assert.All(all, o => Assert.True(o.Answered || (o.Status == HttpStatusCode.ServiceUnavailable && o.RetryAfter), $"a turn got {(int)o.Status} without an answer"));
        using var reader = instances.Reader();
        foreach (var group in all.GroupBy(o => o.Conversation))
        {
            var transcript = await reader.ReadTranscriptAsync("webchat:" + group.Key);
            var asked = transcript.Count(e => e.Role == TranscriptRoles.User);
            var acknowledged = group.Count(o => o.Answered);
            Assert.Equal(asked, transcript.Count(e => e.Role == TranscriptRoles.Assistant));
            Assert.InRange(asked, acknowledged, group.Count());
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
