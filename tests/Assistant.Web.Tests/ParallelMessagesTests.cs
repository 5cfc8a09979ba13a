using System.Net;

namespace Assistant.Web.Tests;

/// <summary>Many messages of one conversation at once in one process: the turns take turns, so none even needs a retry.</summary>
public sealed class ParallelMessagesTests
{
    [Fact]
    public async Task FiftySimultaneousMessagesInOneConversation_AllGetARealAnswer_AndAllAreInTheTranscript()
    {
        // No retries at all: within one process the turns of a conversation must take turns, never collide.
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Conversations:ConflictRetries"] = "0" });
        var conversation = Activities.NewConversation();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await gate.Task;
            using var response = await host.PostActivityAsync(Activities.Json(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?")));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToArray();

        gate.SetResult();
        var answers = await Task.WhenAll(sends);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers, a => Assert.DoesNotContain("Sorry, er ging iets mis", a.Body));
        Assert.All(answers, a => Assert.Contains("14 december 2025", a.Body));
        var store = (Assistant.Core.Conversations.IConversationStore)host.Services.GetService(typeof(Assistant.Core.Conversations.IConversationStore))!;
        Assert.Equal(100, (await store.ReadTranscriptAsync("webchat:" + conversation)).Count);
        Assert.Equal(50, (await store.LoadAsync("webchat:" + conversation))!.Version);
    }
}
