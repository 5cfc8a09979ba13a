using Assistant.Core.Answers;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// The documents answer quotes a document asked later ("pas als je geslaagd bent"); an English question whose only words
/// shared with a passage are names (the employer, the place) gets "the documents don't say" with the contact.
/// </summary>
public sealed class Score7AnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Score7AnswersTests() => _vacancies.Write("gemeente-testveld-onthaalmedewerker", """
        Gemeente Testveld · Dienstencentrum De Linde

        Onthaalmedewerker (m/v/x)

        Jouw opdracht
        - Je ontvangt bezoekers in het dienstencentrum.

        Solliciteren
        Solliciteer tot en met 15 januari 2027 met je cv en motivatie via personeel@testveld.be.
        Een kopie van je diploma vragen we pas op als je geslaagd bent.
        Vragen? Bel An Claes, 011 22 33 44.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Welke documenten moet ik meesturen voor onthaalmedewerker in Testveld?")]
    [InlineData("What documents do I send for the receptionist job in Testveld?")]
    public async Task Documents_QuotesTheDocumentAskedLater(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("documents", answer.Intent);
        Assert.Contains("pas op als je geslaagd bent", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishQuestionSharingOnlyNamesWithAPassage_IsNotInTheDocuments()
    {
        var answer = await _vacancies.AskAsync("Is there a pool at De Linde?");

        Assert.Equal("none", answer.Source);
        Assert.True(answer.Text.Contains("011 22 33 44", StringComparison.Ordinal) || answer.Text.Contains("personeel@testveld.be", StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("Is there a pool at the De Linde centre?", "centr")]
    [InlineData("Y a-t-il une piscine à Testveld ?", "pisci")]
    [InlineData("Does Hof ter Beuken have a garden?", "garde")]
    public void WithoutNames_DropsTheCapitalisedWordsInsideTheQuestion(string question, string kept)
    {
        var content = Assistant.Core.Text.TextFold.Words(question).Select(w => w.Length > 5 ? w[..5] : w).Distinct().ToList();

        var topical = RetrievalAnswers.WithoutNames(content, question);

        Assert.Contains(kept, topical);
        Assert.DoesNotContain(topical, w => w is "linde" or "testv" or "beuke");
    }

    [Theory]
    [InlineData("Is a uniform provided by the RCA Sport Testveld?", "unifo", "rca")]
    [InlineData("est-ce que la VDAB Testveld rembourse le déménagement ?", "rembo", "vdab")]
    [InlineData("Do I get a laptop from OCMW Beuken?", "lapto", "ocmw")]
    [InlineData("Do I need a CV for this job?", "cv", "")]
    public void WithoutNames_DropsAnAcronymInsideAName_NotOneStandingAlone(string question, string kept, string dropped)
    {
        var content = Assistant.Core.Text.TextFold.Words(question).Select(w => w.Length > 5 ? w[..5] : w).Distinct().ToList();

        var topical = RetrievalAnswers.WithoutNames(content, question);

        Assert.Contains(kept, topical);
        if (dropped.Length > 0)
        {
            Assert.DoesNotContain(dropped, topical);
        }
    }
}
