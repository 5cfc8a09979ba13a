using System.Text.Json;
using Assistant.Web.Tests.DirectLine;
using Assistant.Web.Tests.Support;

namespace Assistant.Web.Tests.Teams;

/// <summary>
/// Microsoft 365 Agents Playground (@microsoft/m365agentsplayground 0.2.28, tests/teams-playground) as the Teams client of
/// the real host on Kestrel 127.0.0.1: the playground runs without a browser, without credentials or telemetry, bound to
/// loopback (tests/teams-playground/loopback.js), and run.js drives it through its own HTTP API and WebSocket streams:
/// installation → one welcome, a Dutch question → the answer with its quote, an Action.Submit button → handled,
/// Action.Execute → answered, 👎 under an answer → stored and thanked, the message extension's search → a vacancy card, a
/// group chat, an HR team's channel (the HR welcome with suggested HR questions as card buttons) and a channel thread
/// (conversation id "team-id;messageid=…").
/// Both delivery modes: expectReplies (replies in the HTTP response) and default (replies POSTed to the playground's connector).
/// </summary>
public sealed class AgentsPlaygroundTests
{
    [Theory]
    [InlineData("expectReplies")]
    [InlineData("default")]
    public async Task AgentsPlayground_AsTeamsClient_WelcomesAnswersWithQuoteAndHandlesCardActions(string deliveryMode)
    {
        var result = await RunAsync(deliveryMode);
        var root = result.RootElement;

        // Loopback only: the playground listened on 127.0.0.1 and no other address of this machine reaches it.
        var loopback = root.GetProperty("loopback");
        var listens = loopback.GetProperty("listenAddresses").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.NotEmpty(listens);
        Assert.All(listens, a => Assert.Equal("127.0.0.1", a));
        if (loopback.GetProperty("procListenAddresses") is { ValueKind: JsonValueKind.Array } kernel)
        {
            Assert.All(kernel.EnumerateArray(), a => Assert.Equal("127.0.0.1", a.GetString()));
        }

        Assert.Equal("connected", loopback.GetProperty("loopbackProbe").GetString());
        foreach (var probe in loopback.GetProperty("nonLoopbackProbes").EnumerateArray())
        {
            Assert.True(probe.GetProperty("result").GetString() != "connected", $"the playground is reachable on {probe.GetProperty("address")}");
        }

        Assert.Equal("msteams", root.GetProperty("config").GetProperty("channelId").GetString());
        Assert.Equal(deliveryMode, root.GetProperty("config").GetProperty("deliveryMode").GetString());

        // Personal chat: one welcome although the playground sends installationUpdate and conversationUpdate; the playground
        // always sends locale en-US, so the welcome may be the English one.
        var personal = root.GetProperty("personal");
        var welcome = Assert.Single(personal.GetProperty("welcome").EnumerateArray());
        Assert.Matches("^(Welkom|Welcome)!", welcome.GetProperty("text").GetString());

        var answer = personal.GetProperty("answer");
        Assert.Contains("14 december 2025", answer.GetProperty("text").GetString());
        Assert.Contains(answer.GetProperty("quotes").EnumerateArray(), q => q.GetString()!.Contains("Solliciteren kan tot en met 14 december 2025", StringComparison.Ordinal));

        var card = personal.GetProperty("card");
        Assert.Contains("application/vnd.microsoft.card.adaptive", card.GetProperty("cards").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Ik heb een bachelordiploma", card.GetProperty("pressed").GetProperty("data").GetProperty("text").GetString());
        var submitted = personal.GetProperty("submitReply").GetProperty("text").GetString();
        Assert.Contains("voldoe je aan de toelatingsvoorwaarden", submitted);
        Assert.Contains("bachelordiploma", submitted);

        Assert.Contains("brutoloon", personal.GetProperty("invoke").GetProperty("value").GetString());

        // 👍/👎 under the answer, the 👎 thanked; the message extension finds the vacancy as a card to insert.
        Assert.Equal(2, personal.GetProperty("feedbackButtons").GetArrayLength());
        Assert.Matches("Bedankt|Thank", personal.GetProperty("feedbackReply").GetProperty("text").GetString());
        // After the vote the row's own message shows the vote as given, its buttons gone (one vote per answer).
        var voted = personal.GetProperty("feedbackUpdate");
        Assert.Equal(JsonValueKind.Object, voted.ValueKind);
        Assert.Equal(0, voted.GetProperty("buttons").GetInt32());
        Assert.True(voted.GetProperty("shown").GetBoolean());
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(personal.GetProperty("messageExtension").GetProperty("cards").EnumerateArray()).GetString());

        // The HR team's channel: the HR welcome with four suggested questions as card buttons; a press gets the article.
        var hrWelcome = root.GetProperty("channel").GetProperty("welcome");
        Assert.Equal(4, hrWelcome.GetProperty("buttons").GetArrayLength());
        Assert.Matches(@"Art\. ?\d+", root.GetProperty("channel").GetProperty("suggestionAnswer").GetProperty("text").GetString());

        // Group chat (@mention) and a channel post, whose conversation id carries ";messageid=".
        Assert.Contains("brutoloon", root.GetProperty("groupChat").GetProperty("answer").GetProperty("text").GetString());
        var channel = root.GetProperty("channel");
        Assert.StartsWith("team-id;messageid=", channel.GetProperty("thread").GetString());
        Assert.Equal(channel.GetProperty("thread").GetString(), channel.GetProperty("answer").GetProperty("conversationId").GetString());
        Assert.Contains("26 oktober 2025", channel.GetProperty("answer").GetProperty("text").GetString());

        // How the replies travelled.
        var traffic = root.GetProperty("traffic");
        var inBodies = traffic.GetProperty("repliesInResponseBodies").GetInt32();
        var throughConnector = traffic.GetProperty("messagesThroughConnector").GetInt32();
        if (deliveryMode == "expectReplies")
        {
            Assert.True(inBodies >= 6, $"expected the replies in the HTTP responses, got {inBodies}");
            Assert.Equal(0, throughConnector);
        }
        else
        {
            Assert.Equal(0, inBodies);
            Assert.True(throughConnector >= 6, $"expected the replies through the connector, got {throughConnector}");
            Assert.All(traffic.GetProperty("fromBot").EnumerateArray(), f => Assert.InRange(f.GetProperty("status").GetInt32(), 200, 299));
        }
    }

    /// <summary>Starts the host, runs tests/teams-playground/run.js against it and returns the driver's JSON result (asserting it passed).</summary>
    private static async Task<JsonDocument> RunAsync(string deliveryMode)
    {
        var driver = Path.Combine(WebHost.RepositoryRoot(), "tests", "teams-playground");
        var node = ExternalProcess.FindOnPath("node") ?? throw new InvalidOperationException("node is not installed (needed for tests/teams-playground); install Node.js 20+.");
        if (!File.Exists(Path.Combine(driver, "node_modules", "@microsoft", "m365agentsplayground", "package.json")))
        {
            var npm = ExternalProcess.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not installed; run `npm ci --prefix tests/teams-playground` once.");
            var install = await ExternalProcess.RunAsync(npm, ["ci", "--prefix", driver, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci --prefix tests/teams-playground failed:\n{install.Output}");
        }

        var resultFile = Path.Combine(Path.GetTempPath(), $"agents-playground-{Guid.NewGuid():N}.json");
        try
        {
            // The playground's team is an HR team: its channel gets the HR welcome and procedure answers.
            using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Hr:TeamIds:0"] = "team-id" });
            var endpoint = DirectLineClient.BaseAddress(host) + "/api/messages";
            var run = await ExternalProcess.RunAsync(
                node,
                [Path.Combine(driver, "run.js"), "--endpoint", endpoint, "--delivery-mode", deliveryMode, "--timeout-ms", "10000", "--result", resultFile],
                TimeSpan.FromSeconds(60));
            Assert.True(run.ExitCode == 0, $"run.js --delivery-mode {deliveryMode} failed (exit {run.ExitCode}):\n{run.Output}");
            Assert.True(File.Exists(resultFile), $"run.js wrote no result:\n{run.Output}");
            var result = JsonDocument.Parse(await File.ReadAllTextAsync(resultFile));
            Assert.True(result.RootElement.GetProperty("ok").GetBoolean(), run.Output);
            return result;
        }
        finally
        {
            File.Delete(resultFile);
        }
    }
}
