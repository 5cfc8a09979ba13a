using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Staff;
using Assistant.Dialogs.Tests.Cards;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Staff;

/// <summary>The phone line's lookup as a service below the web host, over the seed vacancies.</summary>
public sealed class StaffSearchTests
{
    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(() =>
        KnowledgeLoader.CreateDefault(new FakeTimeProvider(SeedAnswers.Now)).Load(Path.Combine(SeedAnswers.RepositoryRoot(), "knowledge")));

    private static StaffSearch Sut() =>
        new(() => Snapshot.Value, AssistantRuntime.CreateSessionFactory(() => Snapshot.Value, new AssistantOptions()));

    [Fact]
    public async Task RunAsync_AnUnknownVacancyId_GivesNoResult()
    {
        Assert.Null(await Sut().RunAsync("salaris", "no-such-vacancy", "nl", SeedAnswers.Now));
    }

    [Fact]
    public async Task RunAsync_APrefixTypedSoFar_FindsTheVacancyByItsNameWordsWithoutAnAnswer()
    {
        var result = await Sut().RunAsync("harelb", null, "nl", SeedAnswers.Now);

        Assert.NotNull(result);
        Assert.StartsWith("harelbeke", result.Vacancies[0].Id, StringComparison.Ordinal);
        Assert.Equal(result.Vacancies[0].Id, result.SelectedVacancyId);
        Assert.Null(result.Answer);
    }

    [Fact]
    public async Task RunAsync_AQuestion_AnswersItAndPointsAtTheCardItIsAbout()
    {
        var result = await Sut().RunAsync("Tot wanneer kan ik solliciteren in Harelbeke?", null, "nl", SeedAnswers.Now);

        Assert.NotNull(result);
        Assert.Equal(("deadline", Intents.Deadline), (result.Focus, result.Answer?.Intent));
        Assert.Equal(result.SelectedVacancyId, result.Facts?.VacancyId);
        Assert.Equal("open", result.Facts?.Deadline.Status);
    }
}
