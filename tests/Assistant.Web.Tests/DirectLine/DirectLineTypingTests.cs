using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.DirectLine;

/// <summary>A slow turn shows Web Chat's typing indicator: a typing activity from the bot before the answer.</summary>
public sealed class DirectLineTypingTests
{
    [Fact]
    public async Task SlowTurn_TypingActivityFromTheBotComesBeforeTheAnswer()
    {
        using var host = new WebHost(
            new Dictionary<string, string?> { ["Assistant:Web:TypingAfterMilliseconds"] = "100" },
            services =>
            {
                services.AddSingleton(TimeProvider.System);
                services.AddSingleton<IConversationStore>(new SlowConversationStore(TimeSpan.FromMilliseconds(3000)));
            });
        var client = new DirectLineClient(host);
        var (conversation, token, _) = await client.StartAsync();

        var page = await client.PostAndPollAsync(conversation, token);

        var types = BotActivities(page).Select(a => a.GetProperty("type").GetString()).ToList();
        // The welcome, then typing (repeated every 3 s while a turn on a busy machine outlasts that), then the answer.
        Assert.True(types.Count >= 3, string.Join(", ", types));
        Assert.Equal("message", types[0]);
        Assert.Equal("message", types[^1]);
        Assert.All(types[1..^1], t => Assert.Equal("typing", t));
        Assert.Contains("14 december 2025", BotActivities(page).Last().GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FastTurn_NoTypingActivity()
    {
        using var host = new WebHost();
        var client = new DirectLineClient(host);
        var (conversation, token, _) = await client.StartAsync();

        var page = await client.PostAndPollAsync(conversation, token);

        Assert.DoesNotContain(BotActivities(page), a => a.GetProperty("type").GetString() == "typing");
    }

    private static IEnumerable<JsonElement> BotActivities(JsonElement page) =>
        page.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("from").GetProperty("id").GetString() != "dl_test-user");
}
