namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>"Do I need X?" answered from the vacancy's requirement lines, also in the middle of the eligibility questions.</summary>
public sealed class RequirementQuestionTests
{
    [Theory]
    [InlineData("Heb ik een rijbewijs nodig voor de job in Harelbeke?", "zeggen niets over het rijbewijs", "nl")]
    [InlineData("Do I need a driving licence for the job in Harelbeke?", "say nothing about the driving licence", "en")]
    [InlineData("Faut-il un permis de conduire pour le poste à Harelbeke ?", "ne disent rien sur le permis de conduire", "fr")]
    public async Task RequirementTheVacancyDoesNotState_IsSaidToBeAbsent_WithTheContact(string question, string said, string language)
    {
        var sut = new Transcript();

        var answer = await sut.UserSays(question);

        // Nothing in the requirement lines answers it: an unanswered question (intent unknown, nothing read), with the contact.
        Assert.Equal(("unknown", "none", null, language), (answer.Intent, answer.Source, answer.Verdict, answer.Language));
        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
        Assert.Contains("harelbeke.be", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageRequirementQuestion_QuotesTheLanguageLine()
    {
        var sut = new Transcript();

        var answer = await sut.UserSays("Moet ik Frans kennen voor de job bij de Kamer?");

        Assert.Null(answer.Verdict);
        Assert.Contains("«De taal van het voor de functie vereiste diploma", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task RequirementQuestionDuringTheEligibilityQuestions_IsAnsweredAndTheQuestionsWait()
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking voor de job in Harelbeke?");

        var aside = await sut.UserSays("Heb ik daarvoor een rijbewijs nodig?");
        var resumed = await sut.UserSays("Ik heb een bachelordiploma");

        Assert.Contains("rijbewijs", aside.Text, StringComparison.Ordinal);
        Assert.Null(aside.Verdict);
        Assert.Equal("eligibility", resumed.Intent);
        Assert.NotNull(resumed.Verdict);
    }

    [Theory]
    [InlineData("ja", "eligible")]
    [InlineData("nee", "not-eligible")]
    public async Task QuestionWhetherTheExperienceIsOfTheDomainAsked_NamesTheDomain_AndYesOrNoAnswersIt(string reply, string verdict)
    {
        var sut = new Transcript();
        var asked = await sut.UserSays("Ik heb een bachelor geschiedenis en 3 jaar ervaring als zeilinstructeur. Kom ik in aanmerking bij de Kamer?");
        Assert.Equal("need-info", asked.Verdict);
        Assert.Contains("sociale media", asked.Text, StringComparison.Ordinal);
        Assert.Contains(asked.SuggestedActions, a => a.Title == "Ja");

        var answer = await sut.UserSays(reply);

        Assert.Equal(verdict, answer.Verdict);
    }
}
