using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>A list question limited to a place, in the place's Dutch, French or English name; an unknown place keeps the whole list.</summary>
public sealed class VacancyPlacesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "places-" + Guid.NewGuid().ToString("N"));
    private readonly IAssistantSession _session;

    public VacancyPlacesTests()
    {
        Write("ocmw-voorbeeld-maatschappelijk-werker", "Maatschappelijk werker (B1-B3)\n\nOCMW Voorbeeld, een Brussels lokaal bestuur, zoekt een maatschappelijk werker.\n\nSolliciteren\n\nUiterlijk op 30 april 2026 naar jobs@ocmw-voorbeeld.brussels.");
        Write("gemeente-anderdorp-tuinier", "Tuinier (D1-D3)\n\nGemeente Anderdorp (provincie Antwerpen) zoekt een tuinier.\n\nSolliciteren\n\nUiterlijk op 30 april 2026 naar jobs@anderdorp.be.");
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        _session = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions()).Create();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Avez-vous des offres à Bruxelles?", "ocmw-voorbeeld-maatschappelijk-werker")]
    [InlineData("Welke vacatures zijn er in Brussel?", "ocmw-voorbeeld-maatschappelijk-werker")]
    [InlineData("Do you have any jobs in Antwerp?", "gemeente-anderdorp-tuinier")]
    public async Task ListAtAPlace_GivesTheVacanciesThatNameIt(string question, string id)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("vacancies", sut.Intent);
        Assert.Equal([id], sut.VacancyIds);
    }

    [Theory]
    [InlineData("Welke vacatures zijn er in Gent?")]
    [InlineData("Welke vacatures zijn er in het Nederlands?")]
    public async Task ListAtAPlaceNoVacancyNames_KeepsTheWholeList(string question)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("vacancies", sut.Intent);
        Assert.Equal(2, sut.VacancyIds.Count);
    }

    private void Write(string id, string text)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "vacancies", id));
        File.WriteAllText(Path.Combine(_dir, "vacancies", id, "vacancy.txt"), text);
    }
}
