using System.Text.Json.Nodes;
using Assistant.Core.Conversations;
using Assistant.Dialogs.Cards;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>The 👍/👎 row: split into a message of its own, and replaced by the vote as given (no buttons) after a vote.</summary>
public sealed class FeedbackCardTests
{
    private const string Turn = "0123456789abcdef0123456789abcdef";

    private static JsonObject CardWithRow(string lang)
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","lang":"en","body":[{"type":"TextBlock","text":"An invented answer card"}]}""")!.AsObject();
        var body = (JsonArray)card["body"]!;
        foreach (var element in FeedbackCard.Row(lang, Turn))
        {
            body.Add(element.ToJson());
        }

        return card;
    }

    [Fact]
    public void Split_AnswerCardWithRow_LeavesTheAnswerAndGivesTheRowAlone()
    {
        var (remaining, row) = FeedbackCard.Split(CardWithRow("en"));

        var rest = Assert.Single(remaining!["body"]!.AsArray());
        Assert.Equal("An invented answer card", rest!["text"]!.GetValue<string>());
        var ids = row!["body"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([FeedbackCard.PromptId, FeedbackCard.ActionsId], ids);
        Assert.Equal("en", row["lang"]!.GetValue<string>());
    }

    [Fact]
    public void Split_CardOfOnlyTheRow_LeavesNoCard()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""")!.AsObject();
        foreach (var element in FeedbackCard.Row("nl", Turn))
        {
            ((JsonArray)card["body"]!).Add(element.ToJson());
        }

        var (remaining, row) = FeedbackCard.Split(card);

        Assert.Null(remaining);
        Assert.NotNull(row);
    }

    [Fact]
    public void Split_CardWithoutRow_IsUnchanged()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x"}]}""")!.AsObject();

        var (remaining, row) = FeedbackCard.Split(card);

        Assert.Same(card, remaining);
        Assert.Null(row);
    }

    [Theory]
    [InlineData("en", FeedbackVotes.Up, "✓ 👍 Yes")]
    [InlineData("fr", FeedbackVotes.Down, "✓ 👎")]
    [InlineData("nl", FeedbackVotes.Up, "✓ 👍")]
    [InlineData("xx", FeedbackVotes.Down, "✓ 👎")]
    public void Voted_ShowsTheVoteAsGiven_WithoutButtons(string lang, string vote, string shown)
    {
        var body = FeedbackCard.Voted(lang, vote)["body"]!.AsArray();

        Assert.All(body, e => Assert.Equal("TextBlock", e!["type"]!.GetValue<string>()));
        var given = Assert.Single(body, e => e!["id"]?.GetValue<string>() == FeedbackCard.GivenId);
        Assert.StartsWith(shown, given!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
