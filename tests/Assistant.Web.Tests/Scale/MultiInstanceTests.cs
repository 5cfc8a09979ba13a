using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Assistant.Tests.Postgres;
using Assistant.Web.Tests.DirectLine;
using static Assistant.Web.Tests.DirectLine.StreamFrames;
using static Assistant.Web.Tests.Scale.Instances;

namespace Assistant.Web.Tests.Scale;

/// <summary>
/// Two instances of the host on one PostgreSQL database (a real server for the class): a client alternating between them turn
/// by turn over Direct Line and /api/messages, one instance stopped mid-conversation. Skipped when PostgreSQL is not installed.
/// </summary>
public sealed class MultiInstanceTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const string FollowUp = "en wat is het salaris?";

    [SkippableFact]
    public async Task DirectLine_ClientAlternatingBetweenInstances_IsAnsweredInOneConversation_WelcomedOnce()
    {
        using var instances = new Instances(server);
        var a = Client(instances[0]);
        var b = Client(instances[1]);
        var generated = await a.GenerateAsync(Secret);
        var start = await StartAsync(instances[0], generated.GetProperty("token").GetString()!);
        var conversation = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString()!;

        // Turn 1 on B, read on A; turn 2 on A, read on B; a start on B does not welcome again.
        await b.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(DirectLineClient.Question, "alt-1"));
        var afterFirst = (await a.PollAsync(conversation, token)).GetProperty("activities").EnumerateArray().ToArray();
        await a.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(FollowUp, "alt-2"));
        var all = (await b.PollAsync(conversation, token)).GetProperty("activities").EnumerateArray().ToArray();
        var again = await StartAsync(instances[1], token);

        Assert.Contains("14 december 2025", Text(afterFirst.Last()));
        Assert.Equal(["welcome", "alt-1", "answer", "alt-2", "answer"], all.Select(Kind));
        Assert.True(all[4].TryGetProperty("entities", out _), "the follow-up on the other instance is answered from the first turn's vacancy, with a citation");
        Assert.Equal(all.Select(x => x.GetProperty("id").GetString()).Distinct().Count(), all.Length);
        Assert.Equal(conversation, again.GetProperty("conversationId").GetString());
        var transcript = await instances.TranscriptAsync("directline:" + conversation);
        Assert.Equal(5, transcript.Count);
    }

    [SkippableFact]
    public async Task DirectLineJs_TwoInstances_AllChecksPass_AndAConversationAlternatesBetweenThem()
    {
        using var instances = new Instances(server);
        var client = Path.Combine(WebHost.RepositoryRoot(), "tests", "directline-client");
        var node = Support.ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/directline-client); install Node.js 20+.");
        Skip.If(!Directory.Exists(Path.Combine(client, "node_modules")), "tests/directline-client/node_modules is missing (scripts/setup.sh runs npm ci there)");

        var run = await Support.ExternalProcess.RunAsync(
            node,
            [Path.Combine(client, "run.js"), DirectLineClient.BaseAddress(instances[0]), DirectLineClient.BaseAddress(instances[1])],
            TimeSpan.FromMinutes(3),
            new Dictionary<string, string> { ["DIRECTLINE_SECRET"] = Secret });

        Assert.True(run.ExitCode == 0, $"run.js failed (exit {run.ExitCode}):\n{run.Output}");
        Assert.Contains("PASS alternate: turn 2 answers the follow-up", run.Output);
        Assert.Contains("all 15 checks passed", run.Output);
    }

    [SkippableFact]
    public async Task DirectLine_StreamOnOneInstance_GetsWhatIsPostedOnTheOther()
    {
        using var instances = new Instances(server);
        var generated = await Client(instances[0]).GenerateAsync(Secret);
        var start = await StartAsync(instances[0], generated.GetProperty("token").GetString()!);
        var conversation = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString()!;
        var reconnect = await Client(instances[1]).JsonAsync(HttpMethod.Get, $"/conversations/{conversation}?watermark=", token);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(reconnect.GetProperty("streamUrl").GetString()!), timeout.Token);
        var welcome = await NextActivitiesAsync(socket, timeout.Token);

        await Client(instances[0]).JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(DirectLineClient.Question, "ws-a"));
        var received = new List<JsonElement>();
        while (!received.Any(x => FromBot(x) && (Text(x) ?? "").Contains("14 december 2025")))
        {
            received.AddRange(await NextActivitiesAsync(socket, timeout.Token));
        }

        Assert.True(FromBot(Assert.Single(welcome)));
        Assert.Equal("ws-a", received[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [SkippableFact]
    public async Task ApiMessages_ClientAlternatingBetweenInstances_KeepsTheConversationContext()
    {
        using var instances = new Instances(server);
        var conversation = Activities.NewConversation();

        var first = await instances[0].RepliesAsync(Activities.Message(conversation, DirectLineClient.Question));
        var second = await instances[1].RepliesAsync(Activities.Message(conversation, FollowUp));
        var fresh = await instances[1].RepliesAsync(Activities.Message(Activities.NewConversation(), FollowUp));

        Assert.Contains("14 december 2025", Text(Assert.Single(first)));
        Assert.True(Assert.Single(second).TryGetProperty("entities", out _), "the follow-up on the other instance knows the vacancy of the first turn");
        Assert.NotEqual(Text(Assert.Single(fresh)), Text(second[0]));
        Assert.Equal(4, (await instances.TranscriptAsync("webchat:" + conversation)).Count);
    }

    [SkippableFact]
    public async Task InstanceStoppedMidConversation_TheOtherCarriesOn_OnDirectLineAndApiMessages()
    {
        using var instances = new Instances(server);
        var generated = await Client(instances[0]).GenerateAsync(Secret);
        var start = await StartAsync(instances[0], generated.GetProperty("token").GetString()!);
        var conversation = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString()!;
        var botConversation = Activities.NewConversation();
        await Client(instances[0]).JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(DirectLineClient.Question, "before"));
        await instances[0].RepliesAsync(Activities.Message(botConversation, DirectLineClient.Question));

        instances.Stop(0);

        var b = Client(instances[1]);
        await b.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(FollowUp, "after"));
        var all = (await b.PollAsync(conversation, token)).GetProperty("activities").EnumerateArray().ToArray();
        var refreshed = await b.JsonAsync(HttpMethod.Post, "/tokens/refresh", token);
        var apiFollowUp = await instances[1].RepliesAsync(Activities.Message(botConversation, FollowUp));

        Assert.Equal(["welcome", "before", "answer", "after", "answer"], all.Select(Kind));
        Assert.True(all[4].TryGetProperty("entities", out _), "the surviving instance continues the conversation's context");
        Assert.Equal(conversation, refreshed.GetProperty("conversationId").GetString());
        Assert.True(Assert.Single(apiFollowUp).TryGetProperty("entities", out _));
    }

    [SkippableFact]
    public async Task FiftySimultaneousMessagesInOneConversation_AcrossTwoInstances_AllGetARealAnswer()
    {
        using var instances = new Instances(server);
        var conversation = Activities.NewConversation();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var sends = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            using var response = await instances[i % 2].PostActivityAsync(Activities.Json(Activities.Message(conversation, DirectLineClient.Question)));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToArray();
        gate.SetResult();
        var answers = await Task.WhenAll(sends);

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(answers, r => Assert.DoesNotContain(Apology, r.Body));
        Assert.All(answers, r => Assert.Contains("14 december 2025", r.Body));
        Assert.Equal(100, (await instances.TranscriptAsync("webchat:" + conversation)).Count);
    }

    [SkippableFact]
    public async Task ForgetMeOnOneInstance_TheOtherCannotReadTheConversationBack()
    {
        using var instances = new Instances(server);
        var generated = await Client(instances[0]).GenerateAsync(Secret);
        var start = await StartAsync(instances[0], generated.GetProperty("token").GetString()!);
        var conversation = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("token").GetString()!;
        await Client(instances[0]).JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message("Ik heb 7 jaar ervaring, " + DirectLineClient.Question, "before"));

        await Client(instances[0]).JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message("vergeet mij", "forget"));
        var seenOnB = await Client(instances[1]).PollAsync(conversation, token);

        Assert.Contains("gewist", Text(Assert.Single(seenOnB.GetProperty("activities").EnumerateArray())));
        Assert.DoesNotContain("7 jaar", seenOnB.GetRawText());
        Assert.Empty(await instances.TranscriptAsync("directline:" + conversation));
        using var reader = instances.Reader();
        Assert.Null(await reader.LoadAsync("directline:" + conversation));
    }

    /// <summary>welcome, the client activity id of a user message, or answer.</summary>
    private static string Kind(JsonElement activity) =>
        !FromBot(activity) ? activity.GetProperty("channelData").GetProperty("clientActivityID").GetString()!
        : activity.TryGetProperty("replyToId", out var reply) && reply.ValueKind == JsonValueKind.String ? "answer" : "welcome";
}
