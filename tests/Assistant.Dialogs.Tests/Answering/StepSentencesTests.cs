using Assistant.Core.Answers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A step the rules did not list (a test under the requirements, a trial lesson or a swimming test told in prose) is
/// answered from the sentence that names it with a date; a selection told only in prose from its section's sentences.
/// </summary>
public sealed class StepSentencesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public StepSentencesTests()
    {
        _vacancies.Write("gemeente-rozendaal-arbeider", """
            Gemeente Rozendaal zoekt een arbeider groendienst (m/v/x)

            Wie zoeken we?
            - Je hebt een diploma secundair onderwijs. Heb je dat niet, dan kan je deelnemen als je slaagt voor een redeneertest.
              Die test wordt afgenomen op vrijdag 5 februari 2027 in het gemeentehuis.

            Selectieprocedure
            - Praktische proef op 60 punten op dinsdag 16 februari 2027: je moet minstens 30/60 halen.

            Solliciteren
            Solliciteren kan tot en met 15 januari 2027 via jobs@rozendaal.be.
            """);
        _vacancies.Write("basisschool-de-linde-leerkracht", """
            Basisschool De Linde zoekt een leerkracht lager onderwijs (m/v/x)

            Jouw job
            Je geeft les in het vierde leerjaar.

            Hoe solliciteren?
            Stuur je cv naar directie@delinde.be. Wie we uitnodigen, komt op woensdag 27 januari 2027 langs voor een
            gesprek en geeft een korte demonstratieles van twintig minuten. Daarna kan je een dag meedraaien in de klas.
            """);
    }

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Wanneer is de redeneertest voor arbeider groendienst in Rozendaal?")]
    [InlineData("When is the reasoning test for the green service worker in Rozendaal?")]
    [InlineData("Quand a lieu le test de raisonnement pour l'ouvrier à Rozendaal ?")]
    public async Task StepUnderTheRequirements_DateFromItsSentence(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(("procedure", AnswerSources.Rules), (answer.Intent, answer.Source));
        Assert.Contains("5 februari 2027", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("16 februari", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wanneer moet ik de demonstratieles geven in De Linde?")]
    [InlineData("Hoe verloopt de selectie bij basisschool De Linde?")]
    public async Task SelectionToldInProse_QuotesItsSentences(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(("procedure", AnswerSources.Rules), (answer.Intent, answer.Source));
        Assert.Contains("27 januari 2027", answer.Text, StringComparison.Ordinal);
    }
}
