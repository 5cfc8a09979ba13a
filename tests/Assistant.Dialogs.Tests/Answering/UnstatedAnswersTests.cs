using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// What the documents do not state (how long the reserve is valid, staff parking) is answered as unknown with the
/// contact, also when the question names an employer with two vacancies that both say nothing about it.
/// </summary>
public sealed class UnstatedAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "unstated-" + Guid.NewGuid().ToString("N"));
    private readonly IAssistantSession _session;

    public UnstatedAnswersTests()
    {
        Write("gemeente-voorbeeld-tuinier", "Tuinier (D1-D3)\n\nGemeente Voorbeeld zoekt een tuinier.\n\nSelectie\n\nEr is een praktische proef en een gesprek.\n\nContact\n\nMail naar personeel@voorbeeld.example.");
        Write("gemeente-voorbeeld-kok", "Kok (D1-D3)\n\nGemeente Voorbeeld zoekt een kok.\n\nSelectie\n\nEr is een praktische proef en een gesprek.\n\nContact\n\nMail naar personeel@voorbeeld.example.");
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        _session = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions()).Create();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ReserveNotStated_IsUnknownWithTheContact()
    {
        var sut = await Says("Hoe lang blijft de wervingsreserve voor de tuinier in Voorbeeld geldig?");
        Assert.Equal(("unknown", "none"), (sut.Intent, sut.Source));
        Assert.Contains("personeel@voorbeeld.example", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmployerWideQuestion_NoVacancyStatesIt_IsUnknownWithoutAskingWhichVacancy()
    {
        var sut = await Says("Is er gratis parking voor het personeel bij de gemeente Voorbeeld?");
        Assert.Equal(("unknown", "none"), (sut.Intent, sut.Source));
        Assert.Contains("personeel@voorbeeld.example", sut.Text, StringComparison.Ordinal);
        Assert.Equal(2, sut.VacancyIds.Count);
    }

    private void Write(string id, string text)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "vacancies", id));
        File.WriteAllText(Path.Combine(_dir, "vacancies", id, "vacancy.txt"), text);
    }

    private async Task<Answer> Says(string text) => await _session.SendAsync(new TurnInput(text, Now, "web"));
}
