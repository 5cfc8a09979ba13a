using Assistant.Tools.Eligibility;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>Context across turns: follow-ups in every language, language switches, which vacancy wins, and which earlier facts count.</summary>
public sealed class ConversationContextTests
{
    private const string Kortrijk = "kortrijk-directiemedewerker-strategische-coordinatie";
    private const string Harelbeke = "harelbeke-deskundige-externe-communicatie";
    private const string Antwerpen = "provincie-antwerpen-communicatiemedewerker-lokale-besturen";
    private const string Lievegem = "lievegem-directeur-interne-organisatie";

    [Theory]
    [InlineData("Quel est le salaire pour le poste à Kortrijk ?", "Et cela fait combien par mois ?", "salary", Kortrijk, "fr")]
    [InlineData("Quelle est la date limite pour le poste à Harelbeke ?", "et pour Courtrai ?", "deadline", Kortrijk, "fr")]
    [InlineData("Quelle est la date limite pour le poste à Harelbeke ?", "et à Anvers ?", "deadline", Antwerpen, "fr")]
    [InlineData("What is the salary for the job in Harelbeke?", "and the deadline?", "deadline", Harelbeke, "en")]
    [InlineData("What is the deadline for the job in Harelbeke?", "and in Antwerp?", "deadline", Antwerpen, "en")]
    [InlineData("What is the deadline for the job in Harelbeke?", "what about Lievegem?", "deadline", Lievegem, "en")]
    [InlineData("What is the salary in Kortrijk?", "and how much is that per year?", "salary", Kortrijk, "en")]
    [InlineData("Wat is het loon in Kortrijk?", "En in Harelbeke?", "salary", Harelbeke, "nl")]
    [InlineData("What is the salary in Kortrijk?", "and per month for 19 hours a week?", "salary", Kortrijk, "en")]
    [InlineData("Quel est le salaire à Courtrai ?", "et pour mes 19 heures par semaine ?", "salary", Kortrijk, "fr")]
    [InlineData("Wat is het loon in Kortrijk?", "En met 9 jaar ervaring bij een bank?", "salary", Kortrijk, "nl")]
    [InlineData("What is the salary in Kortrijk?", "and with 11 years of work experience at an insurer, what would I earn?", "salary", Kortrijk, "en")]
    [InlineData("Quel est le salaire à Courtrai ?", "et avec 7 ans d'expérience dans le privé ?", "salary", Kortrijk, "fr")]
    [InlineData("What is the salary in Kortrijk?", "what would that be at half-time?", "salary", Kortrijk, "en")]
    [InlineData("Wat is het loon in Kortrijk?", "Hoeveel is dat dan voltijds?", "salary", Kortrijk, "nl")]
    [InlineData("Wat is het loon in Kortrijk?", "wat geeft dat op jaarbasis?", "salary", Kortrijk, "nl")]
    [InlineData("Quel est le salaire à Courtrai ?", "et à temps plein, ça donne quoi ?", "salary", Kortrijk, "fr")]
    public async Task FollowUp_InAnyLanguage_KeepsTheIntentAndTheVacancy(string first, string followUp, string intent, string vacancy, string language)
    {
        var sut = new Transcript();
        await sut.UserSays(first);

        var answer = await sut.UserSays(followUp);

        Assert.Equal((intent, vacancy, language), (answer.Intent, answer.VacancyIds.Single(), answer.Language));
    }

    [Theory]
    [InlineData("Wat is het loon in Kortrijk?", "En wat houdt de job eigenlijk in?")]
    [InlineData("What is the salary in Kortrijk?", "And what does the job involve exactly?")]
    [InlineData("Quel est le salaire à Courtrai ?", "Et en quoi consiste le travail exactement ?")]
    [InlineData("What is the salary in Kortrijk?", "how many hours a week is full time?")]
    [InlineData("Wat is het loon in Kortrijk?", "Hoeveel verlofdagen heb ik voltijds?")]
    public async Task LongerQuestionStartingWithAnd_IsNotForcedIntoThePreviousIntent(string first, string second)
    {
        var sut = new Transcript();
        await sut.UserSays(first);

        var answer = await sut.UserSays(second);

        Assert.NotEqual("salary", answer.Intent);
    }

    [Theory]
    [InlineData("I have a bachelor's degree", "en")]
    [InlineData("J'ai un diplôme de bachelier", "fr")]
    public async Task LanguageSwitch_MidDialog_KeepsTheVacancyProfileAndPendingQuestion(string reply, string language)
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking voor de job in Kortrijk?");

        var switched = await sut.UserSays(reply);
        Assert.Equal((language, "experience", Kortrijk), (switched.Language, (switched.Facts as EligibilityPayload)?.Result.Missing[0], switched.VacancyIds.Single()));

        var verdict = await sut.UserSays("5");
        Assert.Equal(("eligible", language), (verdict.Verdict, verdict.Language));
    }

    [Theory]
    [InlineData("fr-BE", "fr")]
    [InlineData("en-GB", "en")]
    public async Task LocaleChange_MidDialog_ShortRepliesFollowThePageAndTheDialogGoesOn(string locale, string language)
    {
        var sut = new Transcript();
        await sut.UserSays("Kom ik in aanmerking voor de job in Kortrijk?", "nl-BE");

        var afterSwitch = await sut.UserSays("Bachelor", locale);
        Assert.Equal((language, "experience"), (afterSwitch.Language, (afterSwitch.Facts as EligibilityPayload)?.Result.Missing[0]));

        var verdict = await sut.UserSays("3", locale);
        Assert.Equal(("eligible", language, Kortrijk), (verdict.Verdict, verdict.Language, verdict.VacancyIds.Single()));
    }

    [Theory]
    [InlineData("Wat is het loon in Kortrijk?", "En met 9 jaar ervaring, mag ik dan solliciteren?")]
    [InlineData("What is the salary in Kortrijk?", "and with 11 years of experience, am I eligible?")]
    public async Task YearsAfterAPayQuestion_AskingAboutApplying_IsEligibility(string first, string second)
    {
        var sut = new Transcript();
        await sut.UserSays(first);

        var answer = await sut.UserSays(second);

        Assert.Equal("eligibility", answer.Intent);
    }

    [Theory]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "Kom ik in aanmerking voor de job in Harelbeke?", "eligibility", Harelbeke)]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "Wat is het loon in Harelbeke?", "salary", Harelbeke)]
    [InlineData("Am I eligible for the job in Kortrijk?", "What is the deadline in Lievegem?", "deadline", Lievegem)]
    [InlineData("Wat is het loon in Kortrijk?", "Tot wanneer kan ik solliciteren in Harelbeke?", "deadline", Harelbeke)]
    [InlineData("Quel est le salaire à Courtrai ?", "Quelle est la date limite à Anvers ?", "deadline", Antwerpen)]
    public async Task NamedVacancy_BeatsTheVacancyOfTheContextAndOfARunningDialog(string first, string second, string intent, string vacancy)
    {
        var sut = new Transcript();
        await sut.UserSays(first);

        var answer = await sut.UserSays(second);

        Assert.Equal((intent, vacancy), (answer.Intent, answer.VacancyIds.Single()));
    }

    [Theory]
    [InlineData("Kom ik in aanmerking voor de job in Kortrijk?", "Tot wanneer kan ik solliciteren?", "deadline")]
    [InlineData("Am I eligible for the job in Kortrijk?", "What is the salary?", "salary")]
    [InlineData("Est-ce que je remplis les conditions pour le poste à Courtrai ?", "Quel est le salaire ?", "salary")]
    public async Task QuestionDuringTheDialog_OnAnotherVacancysPage_IsAboutTheNamedVacancy(string first, string second, string intent)
    {
        var sut = new Transcript(page: Harelbeke);
        await sut.UserSays(first);

        var answer = await sut.UserSays(second);

        Assert.Equal((intent, Kortrijk), (answer.Intent, answer.VacancyIds.Single()));
    }

    [Fact]
    public async Task NamedVacancy_BeatsThePageVacancy()
    {
        var sut = new Transcript(page: Kortrijk);

        var answer = await sut.UserSays("Tot wanneer kan ik solliciteren in Harelbeke?");

        Assert.Equal(Harelbeke, answer.VacancyIds.Single());
    }

    [Theory]
    [InlineData("Wat verdien ik in Kortrijk met 5 jaar ervaring?", "Ik heb een bachelor. Kom ik in aanmerking bij de provincie Antwerpen?", "Ik ga uit van wat je eerder vertelde: 5 jaar ervaring.")]
    [InlineData("What would I earn in Kortrijk with 5 years of experience?", "I have a bachelor's degree. Am I eligible for the job in Antwerp?", "I am using what you told me earlier: 5 years of experience.")]
    [InlineData("Combien gagnerais-je à Courtrai avec 5 ans d'expérience ?", "J'ai un diplôme de bachelier. Puis-je postuler à Anvers ?", "Je me base sur ce que vous m'avez dit plus tôt : 5 ans d'expérience.")]
    public async Task FactsStatedForAnotherVacancy_AreNamedBeforeTheyDecide(string first, string second, string said)
    {
        var sut = new Transcript();
        await sut.UserSays(first);

        var answer = await sut.UserSays(second);

        Assert.Equal(Antwerpen, answer.VacancyIds.Single());
        Assert.StartsWith(said, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsStatedForTheSameVacancyOrRestated_AreUsedWithoutANote()
    {
        var sut = new Transcript();
        await sut.UserSays("Wat verdien ik in Kortrijk met 5 jaar ervaring?");
        var same = await sut.UserSays("Ik heb een bachelor. Kom ik in aanmerking in Kortrijk?");
        Assert.Equal("eligible", same.Verdict);
        Assert.DoesNotContain("eerder vertelde", same.Text, StringComparison.Ordinal);

        var restated = await sut.UserSays("Ik heb een bachelor en 5 jaar relevante ervaring. Kom ik in aanmerking bij de provincie Antwerpen?");
        Assert.DoesNotContain("eerder vertelde", restated.Text, StringComparison.Ordinal);

        var corrected = await sut.UserSays("Ik heb maar 1 jaar ervaring. Kom ik in aanmerking bij de provincie Antwerpen?");
        Assert.Equal("not-eligible", corrected.Verdict);
    }

    [Theory]
    [InlineData("Wat is het loon in Kortrijk met 5 jaar ervaring?", "privésector")]
    [InlineData("What is the salary in Kortrijk with 5 years of experience?", "private sector")]
    [InlineData("Quel est le salaire à Courtrai avec 5 ans d'expérience ?", "secteur privé")]
    public async Task Salary_YearsWithoutASector_NeverInventTheSector(string question, string sector)
    {
        var sut = new Transcript();

        var answer = await sut.UserSays(question);

        Assert.Equal("salary", answer.Intent);
        Assert.DoesNotContain(sector, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StoredStateOfTheOldFormat_IsReadAndThePendingQuestionContinues()
    {
        var sut = new Transcript();
        const string old = """{"stack":[{"dialogId":"eligibility","vacancyId":"kortrijk-directiemedewerker-strategische-coordinatie","candidates":[]}],"context":{"vacancyIds":["kortrijk-directiemedewerker-strategische-coordinatie"],"lastIntent":"eligibility","profile":{"experience":[]}},"language":"nl","welcomed":true}""";
        await sut.Store.SaveAsync(sut.Id, old, 0);

        var answer = await sut.UserSays("Ik heb een bachelordiploma");

        Assert.DoesNotContain("Sorry", answer.Text, StringComparison.Ordinal);
        Assert.Equal(("eligibility", Kortrijk), (answer.Intent, answer.VacancyIds.Single()));
        Assert.Equal("experience", (answer.Facts as EligibilityPayload)?.Result.Missing[0]);
    }
}
