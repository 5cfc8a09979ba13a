using Assistant.Core.Conversations;
using Assistant.Dialogs.Conversations;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>👍/👎 on answers through the engine: each answered turn has its own id, the vote is stored with the answer's facts and no text.</summary>
public sealed class FeedbackTests
{
    [Fact]
    public async Task HandleAsync_AnsweredTurns_GetDistinctTurnIdsOnAnswerAndTranscript()
    {
        var sut = new Transcript();

        var first = await sut.UserSays("Wat is het loon voor de job in Harelbeke?");
        var second = await sut.UserSays("Tot wanneer kan ik solliciteren?");

        Assert.True(ConversationEngine.IsTurnId(first.TurnId));
        Assert.True(ConversationEngine.IsTurnId(second.TurnId));
        Assert.NotEqual(first.TurnId, second.TurnId);
        var lines = await sut.Store.ReadTranscriptAsync(sut.Id);
        Assert.Equal(4, lines.Count);
        var insights = await sut.Store.ReadInsightsAsync(sut.Clock.GetUtcNow().AddDays(-1));
        var answer = insights.Transcript.Single(l => l.Role == TranscriptRoles.Assistant && l.TurnId == first.TurnId);
        Assert.Equal(("salary", first.Source, "harelbeke-deskundige-externe-communicatie"), (answer.Intent, answer.Source, answer.VacancyId));
        Assert.Equal(first.TurnId, insights.Transcript.Single(l => l.Role == TranscriptRoles.User && l.Text.StartsWith("Wat is het loon", StringComparison.Ordinal)).TurnId);
    }

    [Fact]
    public async Task FeedbackAsync_DownOnAnAnswer_IsStoredWithItsIntentAndVacancy()
    {
        var sut = new Transcript();
        var answer = await sut.UserSays("Wat is het loon voor de job in Harelbeke?");

        var stored = await sut.Engine.FeedbackAsync(sut.Id, answer.TurnId, FeedbackVotes.Down);

        Assert.True(stored);
        var vote = Assert.Single((await sut.Store.ReadInsightsAsync(sut.Clock.GetUtcNow().AddDays(-1))).Feedback);
        Assert.Equal((answer.TurnId, "down", "salary", "harelbeke-deskundige-externe-communicatie"), (vote.TurnId, vote.Vote, vote.Intent, vote.VacancyId));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", "meh")]
    [InlineData("not-a-turn", "up")]
    [InlineData(null, "up")]
    [InlineData("0123456789abcdef0123456789abcdef", "up")]
    public async Task FeedbackAsync_BadVoteOrTurn_IsNotStored(string? turnId, string vote)
    {
        var sut = new Transcript();
        await sut.UserSays("Wat is het loon voor de job in Harelbeke?");

        Assert.False(await sut.Engine.FeedbackAsync(sut.Id, turnId, vote));
        Assert.Empty((await sut.Store.ReadInsightsAsync(sut.Clock.GetUtcNow().AddDays(-1))).Feedback);
    }

    [Fact]
    public async Task WelcomeAsync_HasNoTurnId()
    {
        var sut = new Transcript();

        var welcome = await sut.Engine.WelcomeAsync(sut.Id, "nl");

        Assert.Null(welcome.TurnId);
    }
}
