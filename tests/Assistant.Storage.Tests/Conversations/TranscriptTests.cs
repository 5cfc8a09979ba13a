using Assistant.Core.Conversations;
using static Assistant.Storage.Tests.Conversations.StoreHarness;

namespace Assistant.Storage.Tests.Conversations;

public abstract partial class ConversationStoreContract
{
    [SkippableFact]
    public async Task ReadTranscriptAsync_AfterAppends_ReturnsEntriesInOrderWithTimesAndIntents()
    {
        using var harness = NewHarness();
        var sut = harness.Create();
        var brussels = TimeSpan.FromHours(1);
        var asked = new DateTimeOffset(2025, 12, 1, 10, 15, 30, brussels).AddTicks(1234);
        var answered = asked.AddSeconds(1);

        await sut.AppendTranscriptAsync(new TranscriptEntry("c1", asked, TranscriptRoles.User, "Tot wanneer kan ik solliciteren?", "deadline"));
        await sut.AppendTranscriptAsync(new TranscriptEntry("c1", answered, TranscriptRoles.Assistant, "Tot en met 14 december.", null));
        await sut.AppendTranscriptAsync(new TranscriptEntry("c2", asked, TranscriptRoles.User, "Andere vraag", null));
        var transcript = await sut.ReadTranscriptAsync("c1");

        Assert.Equal(
            [
                new TranscriptEntry("c1", asked, TranscriptRoles.User, "Tot wanneer kan ik solliciteren?", "deadline"),
                new TranscriptEntry("c1", answered, TranscriptRoles.Assistant, "Tot en met 14 december.", null),
            ],
            transcript);
        Assert.Equal(brussels, transcript[0].At.Offset);
    }

    [SkippableFact]
    public async Task ReadTranscriptAsync_UnknownConversation_ReturnsEmpty()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        Assert.Empty(await sut.ReadTranscriptAsync("unknown"));
    }

    [SkippableFact]
    public async Task AppendTranscriptAsync_PersonalData_IsRedactedBeforeWriting()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await sut.AppendTranscriptAsync(Line("c1", "Ik heb een bachelordiploma en 3 jaar ervaring, mail me op an.peeters@example.be of bel 0470 12 34 56."));
        await sut.AppendTranscriptAsync(Line("c1", "Met 3 jaar ervaring voldoe je aan de voorwaarde.", TranscriptRoles.Assistant, "eligibility"));
        var transcript = await sut.ReadTranscriptAsync("c1");

        Assert.Equal(
            [
                "Ik heb [diploma] en [experience], mail me op [email] of bel [phone].",
                "Met [experience] voldoe je aan de voorwaarde.",
            ],
            transcript.Select(e => e.Text));
    }

    [SkippableFact]
    public async Task AppendTranscriptAsync_UnknownRole_ThrowsAndWritesNothing()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.AppendTranscriptAsync(Line("c1", "hallo", role: "system")));

        Assert.Empty(await sut.ReadTranscriptAsync("c1"));
    }

    [SkippableFact]
    public async Task AppendTranscriptAsync_WithoutState_DoesNotCreateState()
    {
        using var harness = NewHarness();
        var sut = harness.Create();

        await sut.AppendTranscriptAsync(Line("c1", "hallo"));

        Assert.Null(await sut.LoadAsync("c1"));
        Assert.Equal(1, await sut.SaveAsync("c1", "{}", 0));
        Assert.Single(await sut.ReadTranscriptAsync("c1"));
    }
}
