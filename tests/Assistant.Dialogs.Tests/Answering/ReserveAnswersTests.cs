using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>The reserve's end date computed from the date of the final report the user gives.</summary>
public sealed class ReserveAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reserve-" + Guid.NewGuid().ToString("N"));
    private readonly IAssistantSession _session;

    public ReserveAnswersTests()
    {
        Write("gemeente-voorbeeld-tuinier", "Tuinier (D1-D3)\n\nGemeente Voorbeeld zoekt een tuinier.\n\nSelectie\n\nGeslaagde kandidaten komen in een wervingsreserve die 2 jaar geldig is vanaf de datum van het proces-verbaal.\n\nContact\n\nMail naar personeel@voorbeeld.example.");
        Write("gemeente-anderdorp-kok", "Kok (D1-D3)\n\nGemeente Anderdorp zoekt een kok.\n\nSelectie\n\nGeslaagde kandidaten komen in een wervingsreserve van 1 jaar, verlengbaar tot 3 jaar.\n\nContact\n\nMail naar personeel@anderdorp.example.");
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        _session = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions()).Create();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Tot wanneer is de wervingsreserve geldig als het pv van 10 april 2026 is, voor de tuinier in Voorbeeld?", "9 april 2028")]
    [InlineData("Until when is the reserve for the gardener in Voorbeeld valid if the report is dated 10/04/2026?", "9 April 2028")]
    public async Task ReserveWithReportDate_StartsOnTheReport_EndsAfterTheValidity(string question, string end)
    {
        var sut = await Says(question);
        Assert.Equal(("procedure", "rules"), (sut.Intent, sut.Source));
        Assert.Contains(end, sut.Text, StringComparison.Ordinal);
        Assert.Contains("vanaf de datum van het proces-verbaal", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReserveWithoutStartRule_SaysSoAndGivesTheLongestExtension()
    {
        var sut = await Says("Tot wanneer loopt de wervingsreserve voor de kok in Anderdorp als het eindverslag van 1 juni 2026 is?");
        Assert.Contains("zegt niet vanaf welke datum", sut.Text, StringComparison.Ordinal);
        Assert.Contains("31 mei 2027", sut.Text, StringComparison.Ordinal);
        Assert.Contains("31 mei 2029", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe lang is de wervingsreserve voor de kok in Anderdorp geldig?", "1 jaar geldig", "maximaal 3 jaar")]
    [InlineData("How long is the recruitment reserve for the cook in Anderdorp valid?", "valid for 1 year ", "at most 3 years")]
    [InlineData("Combien de temps la réserve de recrutement pour le cuisinier à Anderdorp est-elle valable ?", "valable 1 an ", "3 ans")]
    public async Task ReserveExtendableToALongestTotal_GivesBothDurations(string question, string validity, string longest)
    {
        var sut = await Says(question);
        Assert.Equal("procedure", sut.Intent);
        Assert.Contains(validity, sut.Text, StringComparison.Ordinal);
        Assert.Contains(longest, sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 years", sut.Text, StringComparison.Ordinal);
    }

    private void Write(string id, string text)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "vacancies", id));
        File.WriteAllText(Path.Combine(_dir, "vacancies", id, "vacancy.txt"), text);
    }

    private async Task<Answer> Says(string text) => await _session.SendAsync(new TurnInput(text, Now, "web"));
}
