using System.Text.Json;
using Assistant.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Messages;

/// <summary>👍/👎 under every answer on /api/messages: the buttons' data comes back as Action.Submit and is stored with no text.</summary>
public sealed class FeedbackTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private WebHost Host => fixture.Host;

    [Fact]
    public async Task Post_AnswerThenThumbsDown_StoresTheVoteAndThanks()
    {
        var conversation = Activities.NewConversation();
        var answer = Assert.Single(await Host.RepliesAsync(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?")));
        var (up, down) = FeedbackButtons(answer);
        Assert.Equal("up", up.GetProperty("feedback").GetString());

        var thanks = Assert.Single(await Host.RepliesAsync(Activities.Message(conversation, null, value: JsonSerializer.Deserialize<object>(down.GetRawText()))));

        Assert.Contains("Bedankt", thanks.GetProperty("text").GetString(), StringComparison.Ordinal);
        var turnId = down.GetProperty("turnId").GetString();
        var store = Host.Services.GetRequiredService<IConversationStore>();
        var vote = Assert.Single((await store.ReadInsightsAsync(WebHost.Now.AddYears(-5))).Feedback, f => f.TurnId == turnId);
        Assert.Equal(("down", "deadline", "harelbeke-deskundige-externe-communicatie"), (vote.Vote, vote.Intent, vote.VacancyId));
    }

    [Fact]
    public async Task Post_PlainTextAnswer_GetsAFeedbackCardOfItsOwnInTheAnswersLanguage()
    {
        var answer = Assert.Single(await Host.RepliesAsync(Activities.Message(Activities.NewConversation(), "Is er een fietsvergoeding bij de job in Harelbeke? Please answer in English.")));

        var (up, _) = FeedbackButtons(answer);

        Assert.Equal(answer.GetProperty("locale").GetString(), up.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task Post_VoteOnATurnOfAnotherConversation_IsThankedButNotStored()
    {
        var asked = Activities.NewConversation();
        var answer = Assert.Single(await Host.RepliesAsync(Activities.Message(asked, "Wat is het loon in Harelbeke?")));
        var (up, _) = FeedbackButtons(answer);

        var thanks = Assert.Single(await Host.RepliesAsync(Activities.Message(Activities.NewConversation(), null, value: JsonSerializer.Deserialize<object>(up.GetRawText()))));

        Assert.False(string.IsNullOrWhiteSpace(thanks.GetProperty("text").GetString()));
        var store = Host.Services.GetRequiredService<IConversationStore>();
        Assert.DoesNotContain((await store.ReadInsightsAsync(WebHost.Now.AddYears(-5))).Feedback, f => f.TurnId == up.GetProperty("turnId").GetString());
    }

    [Fact]
    public void SplitFeedback_TeamsReply_RowBecomesAMessageOfItsOwnAndTheAnswerKeepsItsCard()
    {
        var answer = new Assistant.Core.Answers.Answer
        {
            Text = "An invented answer.",
            Language = "en",
            Intent = "salary",
            Source = "rules",
            TurnId = "0123456789abcdef0123456789abcdef",
        };
        var reply = Assistant.Web.Messages.ReplyBuilder.Build(answer);
        Assert.Single(reply.Attachments);

        var feedback = Assistant.Web.Messages.ReplyBuilder.SplitFeedback(reply);

        Assert.NotNull(feedback);
        Assert.Empty(reply.Attachments); // the answer had no card of its own
        Assert.Equal("An invented answer.", reply.Text);
        var row = Newtonsoft.Json.Linq.JToken.FromObject(Assert.Single(feedback.Attachments).Content).ToString();
        Assert.Contains("0123456789abcdef0123456789abcdef", row, StringComparison.Ordinal);
        Assert.Null(Assistant.Web.Messages.ReplyBuilder.SplitFeedback(reply));

        var voted = Assistant.Web.Messages.ReplyBuilder.Voted("msg-1", "en", "down");
        Assert.Equal("msg-1", voted.Id);
        var shown = Newtonsoft.Json.Linq.JToken.FromObject(Assert.Single(voted.Attachments).Content).ToString();
        Assert.Contains("✓ 👎", System.Text.RegularExpressions.Regex.Unescape(shown), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Submit", shown, StringComparison.Ordinal);
    }

    /// <summary>The data of the 👍 and 👎 buttons of the reply's last card.</summary>
    private static (JsonElement Up, JsonElement Down) FeedbackButtons(JsonElement reply)
    {
        var card = reply.GetProperty("attachments").EnumerateArray().Last().GetProperty("content");
        var actionSet = card.GetProperty("body").EnumerateArray().Last();
        Assert.Equal("ActionSet", actionSet.GetProperty("type").GetString());
        var actions = actionSet.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("data")).ToArray();
        Assert.Equal(2, actions.Length);
        return (actions[0], actions[1]);
    }
}
