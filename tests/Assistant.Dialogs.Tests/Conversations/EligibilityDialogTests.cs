using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Tools.Eligibility;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>The eligibility questions as transcripts: typed replies, questions in between, repeated questions and giving up.</summary>
public sealed class EligibilityDialogTests
{
    private const string Kortrijk = "kortrijk-directiemedewerker-strategische-coordinatie";

    private static string? Given(Answer answer, string requirement) =>
        (answer.Facts as EligibilityPayload)?.Result.Routes.SelectMany(r => r.Checks).FirstOrDefault(c => c.Requirement == requirement && c.Given is not null)?.Given;

    [Theory]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "Bachelor", "5 jaar", "nl")]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "een bachelor in de verpleegkunde", "vijf jaar", "nl")]
    [InlineData("Am I eligible for the job in Kortrijk?", "bachelor's degree", "five years", "en")]
    [InlineData("Am I eligible for the job in Kortrijk?", "a master", "3", "en")]
    [InlineData("Puis-je postuler pour le poste à Courtrai ?", "bachelier", "5 ans", "fr")]
    [InlineData("Est-ce que je remplis les conditions pour le poste à Kortrijk ?", "un master", "un an et demi", "fr")]
    public async Task TypedReplies_DiplomaThenYears_GiveTheVerdictInTheConversationsLanguage(string question, string diploma, string years, string language)
    {
        var sut = new Transcript();
        var first = await sut.UserSays(question);
        Assert.Equal(("need-info", "diploma"), (first.Verdict, (first.Facts as EligibilityPayload)?.Result.Missing[0]));

        var second = await sut.UserSays(diploma);
        Assert.Equal(("need-info", "experience", language), (second.Verdict, (second.Facts as EligibilityPayload)?.Result.Missing[0], second.Language));

        var third = await sut.UserSays(years);
        Assert.Equal(("eligibility", "eligible", language), (third.Intent, third.Verdict, third.Language));
        Assert.Equal([Kortrijk], third.VacancyIds);
    }

    [Theory]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "Ik heb een bachelordiploma", "1 jaar")]
    [InlineData("Am I eligible for the job in Kortrijk?", "I have a bachelor's degree", "1 year")]
    [InlineData("Est-ce que je remplis les conditions pour le poste à Kortrijk ?", "J'ai un diplôme de bachelier", "1 an")]
    public async Task QuestionAboutYears_OffersReplyButtons_AndAButtonAnswersIt(string question, string diploma, string button)
    {
        var sut = new Transcript();
        await sut.UserSays(question);
        var asked = await sut.UserSays(diploma);

        var action = Assert.Single(asked.SuggestedActions, a => a.Title == button);
        var answer = await sut.UserSays(action.Value);

        Assert.Equal("eligible", answer.Verdict);
    }

    [Theory]
    [InlineData("Kom ik in aanmerking in Lievegem?", "Ik heb een master", "5 jaar ervaring als boekhouder", "als teamleider")]
    [InlineData("Kom ik in aanmerking in Lievegem?", "master", "5 jaar ervaring in de zorg", "leidinggevende")]
    [InlineData("Am I eligible for the job in Lievegem?", "a master's degree", "5 years of experience as an accountant", "I managed a team")]
    [InlineData("Est-ce que je remplis les conditions pour le poste à Lievegem ?", "un master", "5 ans d'expérience comme comptable", "j'ai dirigé une équipe")]
    public async Task TypedReplies_KindOfExperience_IsReadAfterTheQuestionAboutIt(string question, string diploma, string years, string kind)
    {
        var sut = new Transcript();
        await sut.UserSays(question);
        await sut.UserSays(diploma);
        var asked = await sut.UserSays(years);
        Assert.Equal("experience-kind", (asked.Facts as EligibilityPayload)?.Result.Missing[0]);

        var answer = await sut.UserSays(kind);

        Assert.Equal("eligible", answer.Verdict);
    }

    [Theory]
    [InlineData("Kom ik in aanmerking in Lievegem?", "master", "leidinggevende", "5 jaar")]
    [InlineData("Am I eligible for the job in Lievegem?", "a master's degree", "managerial", "5 years")]
    [InlineData("Est-ce que je remplis les conditions pour le poste à Lievegem ?", "un master", "direction", "5 ans")]
    public async Task QuestionAboutYears_NamesTheKindAsked_AndBareYearsAreOfThatKind(string question, string diploma, string kindWord, string years)
    {
        var sut = new Transcript();
        await sut.UserSays(question);
        var asked = await sut.UserSays(diploma);
        Assert.Contains(kindWord, asked.Text, StringComparison.Ordinal);

        var answer = await sut.UserSays(years);

        Assert.Equal("eligible", answer.Verdict);
    }

    [Theory]
    [InlineData("Tot wanneer kan ik solliciteren?", "deadline", "Verder", "Bachelor")]
    [InlineData("what's the salary?", "salary", "Continue", "bachelor")]
    [InlineData("Quel est le salaire ?", "salary", "Continuer", "bachelier")]
    [InlineData("Hoe verloopt de selectie?", "procedure", "ja", "Ik heb een bachelordiploma")]
    public async Task QuestionInsteadOfAnswer_IsAnswered_ThenTheQuestionsResume(string question, string intent, string resume, string reply)
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking voor de job in Kortrijk?");

        var aside = await sut.UserSays(question);
        Assert.Equal((intent, Kortrijk), (aside.Intent, aside.VacancyIds.Single()));
        Assert.Contains(aside.SuggestedActions, a => a.Value == Texts.Get(aside.Language, "action.resume"));

        var resumed = await sut.UserSays(resume);
        Assert.Equal(("eligibility", "need-info"), (resumed.Intent, resumed.Verdict));
        Assert.Equal("diploma", (resumed.Facts as EligibilityPayload)?.Result.Missing[0]);

        var answer = await sut.UserSays(reply);
        Assert.Equal("bachelor", Given(answer, "diploma"));
    }

    [Theory]
    [InlineData("Heb ik een rijbewijs nodig?")]
    [InlineData("Do I need a driving licence?")]
    [InlineData("Faut-il un permis de conduire ?")]
    public async Task RequirementQuestionInstead_IsAnsweredFromTheVacancy_AndAnAnswerStillCounts(string question)
    {
        var sut = new Transcript();
        var asked = await sut.UserSays("Kom ik in aanmerking voor de job in Kortrijk?");

        var aside = await sut.UserSays(question);
        Assert.NotEqual(asked.Text, aside.Text);
        Assert.Equal([Kortrijk], aside.VacancyIds);

        var answer = await sut.UserSays("master");
        Assert.Equal("master", Given(answer, "diploma"));
    }

    [Theory]
    [InlineData("nl", "blabla", "Ik begreep je antwoord niet")]
    [InlineData("en", "whatever", "I did not understand your answer")]
    [InlineData("fr", "n'importe quoi", "Je n'ai pas compris votre réponse")]
    public async Task ReplyNotUnderstood_SaysSo_GivesButtons_ThenGivesUpWithTheContact(string language, string nonsense, string said)
    {
        var sut = new Transcript();
        var question = language switch
        {
            "en" => "Am I eligible for the job in Kortrijk?",
            "fr" => "Est-ce que je remplis les conditions pour le poste à Kortrijk ?",
            _ => "Kom ik in aanmerking voor de job in Kortrijk?",
        };
        await sut.UserSays(question);

        var again = await sut.UserSays(nonsense);
        Assert.StartsWith(said, again.Text, StringComparison.Ordinal);
        Assert.Equal(4, again.SuggestedActions.Count);

        var twice = await sut.UserSays(nonsense + " " + nonsense);
        Assert.NotEqual(again.Text, twice.Text);
        var stop = await sut.UserSays(nonsense);
        Assert.Contains("kortrijk.be", stop.Text, StringComparison.Ordinal);

        var fresh = await sut.UserSays("master");
        Assert.NotEqual("eligibility", fresh.Intent);
    }

    [Theory]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "Kom ik in aanmerking?", "Om dat te kunnen zeggen")]
    [InlineData("Am I eligible for the job in Kortrijk?", "Am I eligible?", "To tell you that")]
    [InlineData("Est-ce que je remplis les conditions pour le poste à Kortrijk ?", "Puis-je postuler ?", "Pour vous le dire")]
    public async Task SameQuestionAgain_SaysAnAnswerIsStillNeeded(string question, string again, string said)
    {
        var sut = new Transcript();
        await sut.UserSays(question);

        var answer = await sut.UserSays(again);

        Assert.StartsWith(said, answer.Text, StringComparison.Ordinal);
        Assert.Equal("diploma", (answer.Facts as EligibilityPayload)?.Result.Missing[0]);
    }

    [Fact]
    public async Task ReplyUnderstoodButNotEnough_SaysWhatWasNotedAndWhy()
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking in Lievegem?");
        await sut.UserSays("master");
        await sut.UserSays("5 jaar ervaring als boekhouder");

        var answer = await sut.UserSays("in de zorg");

        Assert.StartsWith("Genoteerd: 5 jaar ervaring (in de zorg).", answer.Text, StringComparison.Ordinal);
        Assert.Contains("leidinggevende", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.SuggestedActions, a => a.Title == "Leidinggevende ervaring");
        var then = await sut.UserSays("Leidinggevende ervaring");
        Assert.Equal("eligible", then.Verdict);
    }

    [Theory]
    [InlineData("Ik heb een graduaat marketing. Kom ik in aanmerking in Harelbeke?", "blabla")]
    [InlineData("I have a foreign diploma. Am I eligible for the job in Harelbeke?", "whatever")]
    public async Task AnswerThatRefersToTheContact_AsksNothingMore(string question, string next)
    {
        var sut = new Transcript();
        var referred = await sut.UserSays(question);
        Assert.Equal("need-info", referred.Verdict);

        var answer = await sut.UserSays(next);

        Assert.NotEqual("eligibility", answer.Intent);
    }

    [Fact]
    public async Task ManyReplies_NoTwoConsecutiveTurnsAskTheSameQuestionWithoutSayingWhy()
    {
        var questions = Texts.Languages.SelectMany(l => new[] { "diploma", "diploma-field", "experience", "experience-kind", "internal" }
            .Where(s => Texts.Has(l, "elig.ask." + s)).Select(s => Texts.Get(l, "elig.ask." + s))).ToList();
        var reasons = Texts.Languages.SelectMany(l => new[] { "dialog.notUnderstood", "dialog.notUnderstood.again", "dialog.noted", "dialog.giveUp", "dialog.stillNeed" }
            .Select(k => Texts.Get(l, k).Split('{')[0])).ToList();
        string[][] scripts =
        [
            ["Kom ik in aanmerking voor de job in Kortrijk?", "blabla", "hmm", "Bachelor", "ok", "Tot wanneer kan ik solliciteren?", "5", "Kom ik in aanmerking?", "Kom ik in aanmerking?"],
            ["Kom ik in aanmerking in Lievegem?", "ja", "nee", "master", "veel", "5 jaar", "in de zorg", "in de bouw", "what's the salary?", "Continue", "als teamleider"],
            ["Am I eligible for the job in Kortrijk?", "yes", "Ik heb een bachelordiploma", "dunno", "Quel est le salaire ?", "non", "I managed a team", "18 months"],
            ["Est-ce que je remplis les conditions pour le poste à Kortrijk ?", "oui", "peut-être", "secondaire", "aucune idée", "deux ans", "merci"],
            ["Kom ik in aanmerking bij de Kamer?", "Bachelor", "?", "Hoe verloopt de selectie?", "Verder", "rechten", "2 jaar", "sociale media"],
            ["Kom ik in aanmerking voor de job in Kortrijk?", "hallo", "help", "blabla", "blabla", "blabla", "blabla", "Kom ik in aanmerking voor de job in Kortrijk?", "x", "x"],
        ];
        foreach (var script in scripts)
        {
            var sut = new Transcript();
            Answer? previous = null;
            foreach (var line in script)
            {
                var answer = await sut.UserSays(line);
                var asked = questions.FirstOrDefault(q => answer.Text.Contains(q, StringComparison.Ordinal));
                if (previous is not null && asked is not null && previous.Text.Contains(asked, StringComparison.Ordinal))
                {
                    Assert.True(reasons.Any(r => answer.Text.Contains(r, StringComparison.Ordinal)), $"'{line}' got the same question again without a reason: {answer.Text}");
                }

                previous = answer;
            }
        }
    }
}
