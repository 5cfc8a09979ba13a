using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A question about weekend, night or evening work is answered only by a line that names that kind of time; a line about
/// the working hours in general does not answer it, and the documents-do-not-say answer with the contact is given instead.
/// </summary>
public sealed class KindOfTimeAskedTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public KindOfTimeAskedTests() => _vacancies.Write("gemeente-bosdaal-magazijnier", """
        Gemeente Bosdaal zoekt een magazijnier (m/v/x)

        Jouw opdracht
        - Je beheert het magazijn van de technische dienst.

        Wat bieden we?
        - Bijscholingen tijdens de werkuren, op kosten van het bestuur.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via jobs@bosdaal.be.
        Vragen? Bel Tom Claes, 016 12 34 56.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Moet ik als magazijnier in Bosdaal ook op zaterdag werken?")]
    [InlineData("Werkt de magazijnier van Bosdaal soms 's nachts?")]
    public async Task AskedKindOfTimeNamedNowhere_GetsTheContact(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(AnswerSources.None, answer.Source);
        Assert.Contains("016 12 34 56", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bijscholingen", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OfTheKindAsked_KeepsLinesNamingTheKind()
    {
        Citation Line(string quote) => new("v", "d.txt", "s", quote, 0, quote.Length);
        var lines = new[] { Line("Opleidingen tijdens de werkuren."), Line("Je werkt van maandag tot vrijdag."), Line("Eén nacht per week ben je van wacht.") };

        Assert.Equal(["Je werkt van maandag tot vrijdag."], TopicAnswers.OfTheKindAsked(lines, "weekends").Select(l => l.Quote));
        Assert.Equal(["Je werkt van maandag tot vrijdag.", "Eén nacht per week ben je van wacht."], TopicAnswers.OfTheKindAsked(lines, "nachtdienst").Select(l => l.Quote));
        Assert.Equal(3, TopicAnswers.OfTheKindAsked(lines, "werkuren").Count);
        Assert.Equal(["Je werkt van maandag tot vrijdag."], TopicAnswers.OfTheKindAsked(lines, "avondwerk").Select(l => l.Quote));
    }
}
