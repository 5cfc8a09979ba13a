using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Internal documents (internal/ folder or *.internal.*) are answered from on Teams only, never on the public web channel.</summary>
public sealed class AudienceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "audience-" + Guid.NewGuid().ToString("N"));

    public AudienceTests()
    {
        var vacancy = Path.Combine(_dir, "vacancies", "gemeente-voorbeeld-boekhouder");
        Directory.CreateDirectory(Path.Combine(vacancy, "internal"));
        File.WriteAllText(Path.Combine(vacancy, "vacancy.txt"),
            "Boekhouder (C1-C3)\n\nGemeente Voorbeeld zoekt een boekhouder.\n\nSolliciteren\n\nSolliciteren kan tot en met 14 maart 2026.\n\nContact\n\nVragen? Mail naar personeel@voorbeeld.example.");
        File.WriteAllText(Path.Combine(vacancy, "internal", "praktisch.txt"),
            "Parkeren\n\nMedewerkers parkeren gratis in de ondergrondse garage onder het administratief centrum.");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("web", "none")]
    [InlineData("teams", "retrieval")]
    public async Task OpenQuestion_AboutAnInternalDocument_OnlyTeamsSeesIt(string channel, string source)
    {
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        var session = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions()).Create();
        var sut = await session.SendAsync(new TurnInput("Waar kan ik parkeren als boekhouder in Voorbeeld?", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), channel));
        Assert.Equal(source, sut.Source);
        Assert.Equal(channel == "teams", sut.Text.Contains("ondergrondse garage", StringComparison.Ordinal));
    }
}
