using Assistant.Storage;
using Assistant.Core.Conversations;
using Assistant.Storage.Sqlite;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>Whole conversations, read as transcripts.</summary>
public sealed class ConversationEngineTests
{
    [Fact]
    public async Task SlotFilling_AsksOneDecisiveFactAtATime_ThenGivesTheVerdict()
    {
        var sut = new Transcript();
        var first = await sut.UserSays("Kom ik in aanmerking voor de directiemedewerker in Kortrijk?");
        Assert.Equal("need-info", first.Verdict);
        Assert.Contains("Welk diploma heb je?", first.Text, StringComparison.Ordinal);
        Assert.Contains(first.SuggestedActions, a => a.Title == "Bachelor");

        var second = await sut.UserSays("Ik heb een bachelordiploma");
        Assert.Equal("need-info", second.Verdict);
        Assert.Contains("werkervaring", second.Text, StringComparison.Ordinal);

        var third = await sut.UserSays("3 jaar relevante ervaring");
        Assert.Equal(("eligibility", "eligible"), (third.Intent, third.Verdict));
        Assert.Equal(["kortrijk-directiemedewerker-strategische-coordinatie"], third.VacancyIds);
    }

    [Fact]
    public async Task SlotFilling_ReplyDescribingOwnWorkWithAnotherJobsTitle_StaysWithTheVacancy()
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking voor de directiemedewerker in Kortrijk?");
        await sut.UserSays("Ik heb een bachelordiploma");

        var third = await sut.UserSays("3 jaar, ik werkte als communicatiemedewerker bij een bank");

        Assert.Equal("eligibility", third.Intent);
        Assert.Equal(["kortrijk-directiemedewerker-strategische-coordinatie"], third.VacancyIds);
    }

    [Fact]
    public async Task CarryOver_SalaryThenOtherVacancyThenExperience_ReusesIntentAndProfile()
    {
        var sut = new Transcript();
        await sut.UserSays("Ik ben geïnteresseerd in de job bij Kortrijk.");
        var salary = await sut.UserSays("Wat is het loon?");
        Assert.Contains("3.086,37", salary.Text, StringComparison.Ordinal);
        var other = await sut.UserSays("En in Harelbeke?");
        Assert.Equal(("salary", "harelbeke-deskundige-externe-communicatie"), (other.Intent, other.VacancyIds.Single()));
        var withYears = await sut.UserSays("En met 12 jaar anciënniteit?");
        Assert.Contains("3.590,22", withYears.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interruption_HelpDuringTheEligibilityQuestions_KeepsTheDialogRunning()
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking voor de job in Harelbeke?");
        var help = await sut.UserSays("help");
        Assert.Contains("opnieuw", help.Text, StringComparison.Ordinal);
        var answer = await sut.UserSays("Geen diploma");
        Assert.Equal(("eligibility", "conditional"), (answer.Intent, answer.Verdict));
    }

    [Fact]
    public async Task StartOver_ForgetsTheVacancyAndTheProfile()
    {
        var sut = new Transcript();
        await sut.UserSays("Ik heb een masterdiploma. Kom ik in aanmerking in Lievegem?");
        var reset = await sut.UserSays("opnieuw");
        Assert.Contains("opnieuw", reset.Text, StringComparison.Ordinal);
        var after = await sut.UserSays("Wat is het loon?");
        Assert.NotEqual(["lievegem-directeur-interne-organisatie"], after.VacancyIds);
    }

    [Fact]
    public async Task ForgetMe_DeletesStateAndTranscriptAndConfirms()
    {
        var sut = new Transcript();
        await sut.UserSays("Ik heb een bachelor en 3 jaar ervaring. Kan ik solliciteren bij de provincie Antwerpen?");
        Assert.NotEmpty(await sut.Store.ReadTranscriptAsync(sut.Id));
        var confirm = await sut.UserSays("vergeet mij");
        Assert.Contains("gewist", confirm.Text, StringComparison.Ordinal);
        Assert.Null(await sut.Store.LoadAsync(sut.Id));
        Assert.Empty(await sut.Store.ReadTranscriptAsync(sut.Id));
        var again = await sut.UserSays("Kom ik in aanmerking bij de provincie Antwerpen?");
        Assert.Equal("need-info", again.Verdict);
    }

    [Fact]
    public async Task LanguageSwitch_MidConversation_IsFollowed()
    {
        var sut = new Transcript();
        var nl = await sut.UserSays("Tot wanneer kan ik solliciteren in Harelbeke?");
        var en = await sut.UserSays("And what is the salary?");
        var fr = await sut.UserSays("Et quels documents dois-je envoyer ?");
        Assert.Equal(("nl", "en", "fr"), (nl.Language, en.Language, fr.Language));
        Assert.Contains("per month", en.Text, StringComparison.Ordinal);
        Assert.Equal("documents", fr.Intent);
    }

    [Fact]
    public async Task AmbiguousVacancy_AsksWhichOne_ThenAnswersTheOriginalQuestion()
    {
        var sut = new Transcript();
        var question = await sut.UserSays("Tot wanneer kan ik solliciteren?");
        Assert.Equal(5, question.SuggestedActions.Count);
        var answer = await sut.UserSays(question.SuggestedActions.First(a => a.Title.Contains("Harelbeke", StringComparison.Ordinal)).Value);
        Assert.Equal("deadline", answer.Intent);
        Assert.Contains("14 december 2025", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffTopic_PoliteRefusal()
    {
        var sut = new Transcript();
        var answer = await sut.UserSays("Wat is de hoofdstad van Frankrijk?");
        Assert.Equal("none", answer.Source);
        Assert.Contains("vacatures", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_PerLanguage()
    {
        var sut = new Transcript();
        var nl = await sut.Engine.WelcomeAsync(sut.Id, "nl-BE");
        var fr = await sut.Engine.WelcomeAsync(Guid.NewGuid().ToString("N"), "fr-BE");
        Assert.StartsWith("Welkom", nl.Text, StringComparison.Ordinal);
        Assert.StartsWith("Bienvenue", fr.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableState_ResetsWithAnApologyAndTheTurnStillWorks()
    {
        var sut = new Transcript();
        await sut.Store.SaveAsync(sut.Id, "{not json", 0);
        var answer = await sut.UserSays("Tot wanneer kan ik solliciteren in Harelbeke?");
        Assert.StartsWith("Sorry", answer.Text, StringComparison.Ordinal);
        Assert.Contains("14 december 2025", answer.Text, StringComparison.Ordinal);
        var next = await sut.UserSays("En wat is het loon?");
        Assert.DoesNotContain("Sorry", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PendingQuestion_WhileTheVacancyIsChosen_IsStoredWithoutIdentityOrContactData()
    {
        var sut = new Transcript();
        var question = await sut.UserSays("Ik ben Wout Vandermeulen, bel me op 0470 12 34 56 of mail wout(at)voorbeeld(dot)be, Beukenlaan 7, 2800 Mechelen. Wat is het loon?");

        var state = (await sut.Store.LoadAsync(sut.Id))!.StateJson;

        Assert.Contains("choose-vacancy", state, StringComparison.Ordinal);
        Assert.Contains("[name]", state, StringComparison.Ordinal);
        foreach (var personal in new[] { "Vandermeulen", "0470", "voorbeeld", "Beukenlaan", "2800" })
        {
            Assert.DoesNotContain(personal, state, StringComparison.Ordinal);
        }

        Assert.NotEmpty(question.SuggestedActions);
        var chosen = await sut.UserSays(question.SuggestedActions[0].Value);
        Assert.Equal("salary", chosen.Intent);
    }

    [Fact]
    public async Task ProfileRetention_OldProfileIsForgotten()
    {
        var sut = new Transcript();
        var before = await sut.UserSays("Ik heb een masterdiploma en 5 jaar leidinggevende ervaring. Kom ik in aanmerking in Lievegem?");
        Assert.Equal("eligible", before.Verdict);
        sut.Clock.Advance(TimeSpan.FromHours(25));
        var answer = await sut.Engine.HandleAsync(sut.Id, new Core.Answers.TurnInput("Kom ik in aanmerking in Lievegem?", sut.Clock.GetUtcNow()));
        Assert.Equal("need-info", answer.Verdict);
    }

    [Fact]
    public async Task Concurrency_TwoWritersOnOneConversation_NoUpdateIsLost()
    {
        var dir = Path.Combine(Path.GetTempPath(), "engine-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new SqliteConversationStore(new StorageOptions { DataPath = dir }, TimeProvider.System);
            var sut = new Transcript(store);
            await sut.UserSays("Hallo");
            var stale = await store.LoadAsync(sut.Id);
            await sut.UserSays("Ik heb een bachelordiploma.");
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(sut.Id, stale!.StateJson, stale.Version));
            await Task.WhenAll(sut.UserSays("Ik heb 3 jaar relevante ervaring."), sut.UserSays("Ik heb de Belgische nationaliteit."));
            var verdict = await sut.UserSays("Kom ik in aanmerking in Kortrijk?");
            Assert.Equal("eligible", verdict.Verdict);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Human_AfterAVacancyQuestion_GivesThatVacancysContact()
    {
        var sut = new Transcript();
        await sut.UserSays("Wat is het loon bij de provincie Antwerpen?");
        var answer = await sut.UserSays("Ik wil met een medewerker spreken");
        Assert.Equal("contact", answer.Intent);
        Assert.Contains("@provincieantwerpen.be", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_NoVacancyKnown_GivesTheGeneralHrContactWhenConfigured()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        var store = new Assistant.Storage.Memory.InMemoryConversationStore(new StorageOptions { Provider = "memory" }, clock);
        var engine = new Assistant.Dialogs.Conversations.ConversationEngine(() => Answering.Conversation.Knowledge, new Assistant.Dialogs.Answering.AssistantOptions { GeneralContact = "hr@voorbeeld.example" }, new Assistant.Dialogs.Conversations.ConversationOptions(), store, clock);
        var answer = await engine.HandleAsync("c1", new Core.Answers.TurnInput("I want to talk to a person", clock.GetUtcNow()));
        Assert.Contains("hr@voorbeeld.example", answer.Text, StringComparison.Ordinal);
    }
}
