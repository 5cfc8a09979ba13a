using Assistant.Core.Conversations;
using static Assistant.Storage.Tests.Conversations.StoreHarness;

namespace Assistant.Storage.Tests.Conversations;

/// <summary>
/// <see cref="IConversationStore.SaveFeedbackAsync"/> and <see cref="IConversationStore.ReadInsightsAsync"/>: votes on
/// answers (no text), the turn's lines with their source and vacancy, and what the insights report reads.
/// </summary>
public abstract partial class ConversationStoreContract
{
    private const string TurnA = "0123456789abcdef0123456789abcdef";
    private const string TurnB = "fedcba9876543210fedcba9876543210";

    [SkippableFact]
    public async Task SaveFeedbackAsync_KnownAnswer_StoresVoteWithTheAnswersIntentSourceAndVacancy()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await SaveTurnAsync(sut, "c1", 0, TurnA, "Mag ik met mijn rijbewijs B solliciteren?", "eligibility", "rules", "gemeente-x-arbeider");

        var saved = await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Down);
        var insights = await sut.ReadInsightsAsync(Start.AddDays(-1));

        Assert.True(saved);
        var vote = Assert.Single(insights.Feedback);
        Assert.Equal(new TurnFeedback(TurnA, FeedbackVotes.Down, Start, "eligibility", "rules", "gemeente-x-arbeider"), vote);
    }

    [SkippableFact]
    public async Task SaveFeedbackAsync_SecondVote_ReplacesTheFirst()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await SaveTurnAsync(sut, "c1", 0, TurnA, "Wat verdien ik?", "salary", "rules", null);

        await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Down);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Up);

        var vote = Assert.Single((await sut.ReadInsightsAsync(Start.AddDays(-1))).Feedback);
        Assert.Equal(FeedbackVotes.Up, vote.Vote);
        Assert.Equal(Start.AddMinutes(1), vote.At);
    }

    [SkippableFact]
    public async Task SaveFeedbackAsync_SameVoteTwice_CountsOnce()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await SaveTurnAsync(sut, "c1", 0, TurnA, "Hoeveel verlof krijg ik?", "benefits", "rules", "gemeente-x-arbeider");
        await SaveTurnAsync(sut, "c1", 1, TurnB, "Tot wanneer?", "deadline", "rules", "gemeente-x-arbeider");

        Assert.True(await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Up));
        Assert.True(await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Up));
        Assert.True(await sut.SaveFeedbackAsync("c1", TurnB, FeedbackVotes.Up));

        var votes = (await sut.ReadInsightsAsync(Start.AddDays(-1))).Feedback;
        Assert.Equal(2, votes.Count);
        Assert.Single(votes, v => v.TurnId == TurnA);
    }

    [SkippableFact]
    public async Task SaveFeedbackAsync_UnknownTurnOrOtherConversation_ReturnsFalseAndStoresNothing()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await SaveTurnAsync(sut, "c1", 0, TurnA, "Wat verdien ik?", "salary", "rules", null);

        Assert.False(await sut.SaveFeedbackAsync("c1", TurnB, FeedbackVotes.Up));
        Assert.False(await sut.SaveFeedbackAsync("c2", TurnA, FeedbackVotes.Up));
        Assert.False(await sut.SaveFeedbackAsync("unknown", TurnA, FeedbackVotes.Down));
        Assert.Empty((await sut.ReadInsightsAsync(Start.AddDays(-1))).Feedback);
    }

    [SkippableFact]
    public async Task SaveFeedbackAsync_UnknownVote_Throws()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.SaveFeedbackAsync("c1", TurnA, "meh"));
    }

    [SkippableFact]
    public async Task DeleteAsync_ConversationWithVotes_DeletesTheVotesToo()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await SaveTurnAsync(sut, "c1", 0, TurnA, "Wat verdien ik?", "salary", "rules", null);
        await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Down);

        await sut.DeleteAsync("c1");

        var insights = await sut.ReadInsightsAsync(Start.AddDays(-1));
        Assert.Empty(insights.Feedback);
        Assert.Empty(insights.Transcript);
        Assert.False(await sut.SaveFeedbackAsync("c1", TurnA, FeedbackVotes.Up));
    }

    [SkippableFact]
    public async Task ReadInsightsAsync_LinesOfAllConversations_CarryTurnSourceAndVacancyRedacted()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        await SaveTurnAsync(sut, "c1", 0, TurnA, "Mijn mail is an@example.be, wanneer is de test?", "procedure", "none", "gemeente-x-arbeider");
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await SaveTurnAsync(sut, "c2", 0, TurnB, "Wat verdien ik?", "salary", "rules", null);

        var lines = (await sut.ReadInsightsAsync(Start.AddDays(-1))).Transcript;

        Assert.Equal(["c1", "c1", "c2", "c2"], lines.Select(l => l.ConversationId));
        Assert.Equal([TurnA, TurnA, TurnB, TurnB], lines.Select(l => l.TurnId));
        Assert.Equal("Mijn mail is [email], wanneer is de test?", lines[0].Text);
        Assert.Equal(("procedure", "none", "gemeente-x-arbeider"), (lines[1].Intent, lines[1].Source, lines[1].VacancyId));
    }

    [SkippableFact]
    public async Task ReadInsightsAsync_Since_LeavesOutOlderLinesAndExpiredConversations()
    {
        using var harness = NewHarness(retentionDays: 30);
        var sut = harness.Create();
        await SaveTurnAsync(sut, "old", 0, TurnA, "Eerste vraag?", "deadline", "rules", null);
        harness.Clock.Advance(TimeSpan.FromDays(2));
        await SaveTurnAsync(sut, "new", 0, TurnB, "Tweede vraag?", "deadline", "rules", null);

        var sinceYesterday = await sut.ReadInsightsAsync(Start.AddDays(1));
        harness.Clock.Advance(TimeSpan.FromDays(29));
        var afterRetention = await sut.ReadInsightsAsync(Start.AddDays(-1));

        Assert.Equal(["new", "new"], sinceYesterday.Transcript.Select(l => l.ConversationId));
        Assert.Equal(["new", "new"], afterRetention.Transcript.Select(l => l.ConversationId));
    }

    private static Task<long> SaveTurnAsync(IConversationStore store, string conversationId, long version, string turnId, string question, string intent, string source, string? vacancyId) =>
        store.SaveTurnAsync(conversationId, "{}", version,
        [
            Line(conversationId, question) with { TurnId = turnId },
            Line(conversationId, "Antwoord.", TranscriptRoles.Assistant, intent) with { TurnId = turnId, Source = source, VacancyId = vacancyId },
        ]);
}
