using Assistant.Core.Answers;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A procedure question about a thing the selection steps never name (probation, an online test, how many candidates
/// are invited) gets "the documents do not say" with the contact, not the list of steps; the steps still answer
/// questions about the selection itself.
/// </summary>
public sealed class BeyondTheStepsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public BeyondTheStepsTests() => _vacancies.Write("gemeente-zandhoven-archivaris", """
        Gemeente Zandhoven zoekt een archivaris (m/v/x)

        Jouw opdracht
        - Je beheert het stadsarchief en helpt bezoekers in de leeszaal.

        Selectieprocedure
        - Schriftelijke proef op 50 punten: je moet minstens 25/50 halen.
        - Mondelinge proef op 50 punten: je moet minstens 30/50 halen.

        Solliciteren
        Solliciteren kan tot en met 15 januari 2027 via vacatures@zandhoven.be.

        Meer weten?
        Over de inhoud van de job: Lies Janssens, archiefbeheerder, 014 11 22 33.
        Over de selectieprocedure: An Wouters, personeelsdienst, 014 55 66 77, vacatures@zandhoven.be.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Hoe lang duurt de proeftijd van de archivaris in Zandhoven?")]
    [InlineData("Mag ik de schriftelijke proef voor archivaris in Zandhoven thuis via de computer maken?")]
    [InlineData("Hoeveel kandidaten worden er uitgenodigd voor de mondelinge proef van archivaris in Zandhoven?")]
    public async Task QuestionAboutAThingTheStepsDoNotName_GetsTheSelectionContact(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(AnswerSources.None, answer.Source);
        Assert.Contains("014 55 66 77", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("25/50", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe verloopt de selectie voor archivaris in Zandhoven?")]
    [InlineData("Wat zijn de stappen van de selectieprocedure voor archivaris in Zandhoven?")]
    [InlineData("Hoe verloopt de selectie voor de archivarisjob in Zandhoven?")]
    [InlineData("Hoe verloopt de selectie voor archivaris in Zandhoven? Er zijn vast heel veel kandidaten.")]
    [InlineData("hoe ziet de procedure eruit voor archivaris in zandhoven? ik ben een beetje zenuwachtig")]
    public async Task QuestionAboutTheSelection_StillGetsTheSteps(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal(("procedure", AnswerSources.Rules), (answer.Intent, answer.Source));
        Assert.Contains("Mondelinge proef", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "hoeveel", "kandidaten", "mogen", "naar", "het", "gesprek" }, new string[0], true)]
    [InlineData(new[] { "hoeveel", "punten", "is", "de", "proef" }, new string[0], false)]
    [InlineData(new[] { "hoe", "lang", "duurt", "de", "proefperiode" }, new[] { "proefperiode" }, true)]
    [InlineData(new[] { "wat", "zijn", "de", "stappen" }, new[] { "stappen" }, false)]
    [InlineData(new[] { "hoe", "verloopt", "het", "sollicitatiegesprek" }, new[] { "sollicitatiegesprek" }, false)]
    public void AsksBeyondSteps_SeparatesTheSelectionFromOtherThings(string[] words, string[] unmentioned, bool beyond) =>
        Assert.Equal(beyond, ProcedureAnswers.AsksBeyondSteps(words, unmentioned));

    [Theory]
    [InlineData("onthaalassistent", new[] { "assistent", "onthaal" }, true)]
    [InlineData("bibassistent", new[] { "bibliotheek", "assistent" }, true)]
    [InlineData("onthaalsfunctie", new[] { "medewerker", "onthaal" }, true)]
    [InlineData("nachtpremie", new[] { "verpleegkundige", "nachtdienst" }, false)]
    [InlineData("proeftijd", new[] { "onthaal", "assistent" }, false)]
    [InlineData("parkeerplaats", new[] { "parkwachter" }, false)]
    public void OwnCompound_PartsOfTheVacancysName_NameTheVacancy(string word, string[] own, bool expected) =>
        Assert.Equal(expected, RetrievalAnswers.OwnCompound(word, own.ToHashSet(StringComparer.Ordinal)));
}
