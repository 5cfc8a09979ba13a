using Assistant.Core.Facts;
using Assistant.Understanding;
using Assistant.Understanding.Replies;
using Assistant.Tools.Profile;

namespace Assistant.Understanding.Tests;

/// <summary>
/// Facts that decide eligibility on unseen phrasings: an internal candidate's seniority, level, evaluation and wish to be
/// promoted; languages spoken of; requirement questions; nationalities; fields written with a colon, a hyphen or in
/// French; short replies to the promotion questions and replies that take the kind of experience asked.
/// </summary>
public sealed class EligibilityFactsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    private static CandidateProfile? Read(string slot, string text, CandidateProfile? current = null, string? askedKind = null) =>
        SlotReplies.Read(slot, text, current ?? new CandidateProfile(), UnderstandingTestData.SeedAnalyzer.Analyze, askedKind);

    [Theory]
    [InlineData("Ik werk 7 jaar in niveau B bij de gemeente en mijn evaluatie was gunstig.", 84, "B", true)]
    [InlineData("Je travaille depuis 3 ans au niveau D à la commune, avec une évaluation favorable.", 36, "D", true)]
    [InlineData("I have worked for 2 years at level C for the city, but my last evaluation was negative.", 24, "C", false)]
    [InlineData("5 jaar in niveau A, en mijn beoordeling was positief", 60, "A", true)]
    [InlineData("Ik zit 6 jaar in niveau C bij de stad, laatste evaluatie 'goed'.", 72, "C", true)]
    [InlineData("I've been level D staff at the city for 4 years, evaluation sufficient.", 48, "D", true)]
    public void Analyze_InternalPosition_ReadsSeniorityLevelAndEvaluation(string text, int months, string level, bool evaluation)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.Equal((months, level, evaluation), (status.SeniorityMonths, status.Level, status.FavourableEvaluation));
    }

    [Theory]
    [InlineData("Ik ben magazijnier bij de stad. Kan ik via bevordering ploegbaas worden?", true)]
    [InlineData("Puis-je devenir chef de service par promotion ?", true)]
    [InlineData("Can I be promoted to team leader?", true)]
    [InlineData("Ik ben magazijnier bij de stad. Kan ik solliciteren?", false)]
    public void Analyze_PromotionAsked_IsRecorded(string text, bool promotion)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.Equal(promotion, status.PromotionAsked);
    }

    [Theory]
    [InlineData("Ik spreek geen Duits, alleen Nederlands en Engels.", true)]
    [InlineData("I only speak English.", true)]
    [InlineData("Je ne parle pas néerlandais.", true)]
    [InlineData("Moet ik Duits kennen voor die job?", null)]
    [InlineData("Ik heb een bachelor in de rechten.", null)]
    public void Analyze_LanguagesSpokenOf_AreNoted(string text, bool? mentioned)
    {
        Assert.Equal(mentioned, _sut.Analyze(text).Profile.LanguagesMentioned);
    }

    [Theory]
    [InlineData("Heb ik voor die job een rijbewijs nodig?", "licence")]
    [InlineData("Do I need a driving licence?", "licence")]
    [InlineData("Moet ik Engels kunnen spreken?", "language")]
    [InlineData("Faut-il parler allemand ?", "language")]
    [InlineData("Is de Belgische nationaliteit vereist?", "nationality")]
    [InlineData("Ik heb een rijbewijs B.", null)]
    [InlineData("Heb ik een bachelor nodig?", null)]
    public void Analyze_RequirementQuestion_HasItsTopic(string text, string? topic)
    {
        Assert.Equal(topic, _sut.Analyze(text).RequirementTopic);
    }

    [Theory]
    [InlineData("I'm a Canadian citizen.", "other")]
    [InlineData("J'ai la nationalité mexicaine.", "other")]
    [InlineData("Ik ben Oostenrijkse.", "EU")]
    [InlineData("Je suis marocaine.", "other")]
    public void Analyze_NationalityInAnyLanguage_IsClassified(string text, string expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik heb een bachelor in het onderwijs: secundair onderwijs.", "onderwijs: secundair onderwijs")]
    [InlineData("Ik heb een bachelor sociaal werk en een rijbewijs.", "sociaal werk")]
    [InlineData("J'ai un bachelier en travail social.", "sociaal werk")]
    [InlineData("Ik heb een bachelor bedrijfsmanagement-marketing en 2 jaar ervaring.", "bedrijfsmanagement-marketing")]
    [InlineData("Ik heb het 7de jaar haarzorg gedaan.", "haarzorg")]
    [InlineData("Ik heb het 7de jaar land- en tuinbouw gedaan.", "land- en tuinbouw")]
    [InlineData("Je suis infirmière bachelière, diplôme obtenu à Namur.", "verpleegkunde")]
    public void Analyze_FieldOfStudy_IsReadWhole(string text, string field)
    {
        Assert.Equal(field, _sut.Analyze(text).Profile.DiplomaField);
    }

    [Theory]
    [InlineData("Je termine mon master en droit en juin.")]
    [InlineData("I'm finishing my bachelor this summer.")]
    [InlineData("Ik rond dit jaar mijn bachelor af.")]
    [InlineData("Ik heb een bachelor sociaal werk, maar ben nog niet afgestudeerd.")]
    [InlineData("Ik volg een bachelor boekhouden in avondonderwijs, nog 2 vakken.")]
    [InlineData("I did a bachelor in nursing but haven't graduated yet.")]
    [InlineData("J'ai un bachelier en droit, mais pas encore diplômé.")]
    public void Analyze_FinishingStudies_IsAFinalYearStudent(string text)
    {
        Assert.True(_sut.Analyze(text).Profile.FinalYearStudent);
    }

    [Theory]
    [InlineData("vijf jaar", 60)]
    [InlineData("18 maanden", 18)]
    [InlineData("4 years", 48)]
    public void Read_SeniorityReply_GivesTheMonths(string text, int months)
    {
        var sut = Read("internal-seniority", text, new CandidateProfile { Internal = new InternalStatus(true, Level: "C") });

        Assert.Equal(months, sut?.Internal?.SeniorityMonths);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("non", false)]
    public void Read_EvaluationReply_GivesTheEvaluation(string text, bool favourable)
    {
        Assert.Equal(favourable, Read("internal-evaluation", text)?.Internal?.FavourableEvaluation);
    }

    [Fact]
    public void Read_BareYearsAfterAQuestionNamingTheKind_AreOfThatKind()
    {
        var sut = Read("experience", "vijf jaar", askedKind: "leadership");

        Assert.Equal(("leadership", 5m), (Assert.Single(sut!.Experience).Kind, sut.Experience[0].Years));
    }

    [Fact]
    public void Read_YearsWithTheirOwnKind_KeepIt()
    {
        var sut = Read("experience", "3 jaar in de privésector", askedKind: "leadership");

        Assert.Equal("private", Assert.Single(sut!.Experience).Kind);
    }

    [Fact]
    public void Read_KindOfPartTimeYears_KeepsTheirShareAndEnd()
    {
        var current = new CandidateProfile { Experience = [new ExperienceEntry(8, "domain:laborant", "als laborant") { Share = 0.5m, Until = 2019 }] };

        var yes = Assert.Single(Read("experience-kind", "ja", current, "domain:labo")!.Experience);
        var named = Assert.Single(Read("experience-kind", "als teamleider", current)!.Experience);

        Assert.Equal((0.5m, 2019), (yes.Share!.Value, yes.Until!.Value));
        Assert.Equal((0.5m, 2019), (named.Share!.Value, named.Until!.Value));
    }

    [Fact]
    public void Read_YesToTheQuestionWhetherTheExperienceWasOfTheKindAsked_GivesThatKind()
    {
        var current = new CandidateProfile { Experience = [new ExperienceEntry(4, "domain:opvoeder", "als opvoeder")] };

        var sut = Read("experience-kind", "ja", current, "domain:jeugdwerk");

        Assert.Equal(("domain:jeugdwerk", 4m), (Assert.Single(sut!.Experience).Kind, sut.Experience[0].Years));
    }

    [Theory]
    [InlineData("als teamleider", true)]
    [InlineData("in de zorg", true)]
    [InlineData("wat is het salaris", false)]
    [InlineData("ja", false)]
    public void KindAfterAnswer_OnlyAShortKindPhrase_AddsTheKind(string text, bool added)
    {
        var current = new CandidateProfile { Experience = [new ExperienceEntry(5, "any")] };

        var sut = SlotReplies.KindAfterAnswer(text, current, UnderstandingTestData.SeedAnalyzer.Analyze);

        Assert.Equal(added, sut is not null);
    }

    [Theory]
    [InlineData("Ik heb 8 jaar halftijds als laborant gewerkt.", 8, 0.5)]
    [InlineData("I worked 6 years as a lab assistant at 50% (half-time).", 6, 0.5)]
    [InlineData("J'ai 5 ans d'expérience comme aide-soignante à mi-temps.", 5, 0.5)]
    [InlineData("10 jaar ervaring als boekhouder, in 4/5.", 10, 0.8)]
    [InlineData("7 jaar ervaring als poetshulp aan 19/38.", 7, 0.5)]
    [InlineData("Ik heb 6 jaar deeltijds in een winkel gewerkt.", 6, 0.0)]
    [InlineData("Ik heb 6 jaar voltijds als laborant gewerkt.", 6, null)]
    [InlineData("Ik heb 6 jaar ervaring als laborant.", 6, null)]
    public void Analyze_PartTimeExperience_KeepsItsShareOfFullTime(string text, int years, double? share)
    {
        var entry = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((years, share is null ? null : (decimal?)share), (entry.Years, entry.Share));
    }

    [Theory]
    [InlineData("Diploma secundair, ervaring in grondwerken: 4 jaar. Kan ik meedoen?", 4, "grondwerken")]
    [InlineData("Werkervaring: 6 jaar. Diploma: bachelor.", 6, null)]
    [InlineData("Experience in accounting: 5 years. Can I apply?", 5, "accounting")]
    [InlineData("Expérience en comptabilité : 3 ans. Puis-je postuler ?", 3, "comptabilit")]
    public void Analyze_YearsAfterALabel_AreExperienceOfTheLabelsKind(string text, int years, string? domain)
    {
        var entry = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, entry.Years);
        if (domain is not null)
        {
            Assert.Contains(domain, entry.Kind + " " + entry.Description, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("Leeftijd: 34 jaar. Diploma: bachelor.")]
    [InlineData("Reserve: 2 jaar geldig?")]
    public void Analyze_YearsAfterALabelOfSomethingElse_AreNoExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Experience);
    }

    [Theory]
    [InlineData("Ik heb 6 jaar ervaring, waarvan 2 als leidinggevende.", 4, 2)]
    [InlineData("I have 5 years of experience, of which 1 as a supervisor.", 4, 1)]
    public void Analyze_PartWithoutItsUnit_IsLeadershipOutOfTheWhole(string text, int rest, int part)
    {
        var experience = _sut.Analyze(text).Profile.Experience;

        var lead = Assert.Single(experience, e => e.Kind == "leadership");
        var other = Assert.Single(experience, e => e.Kind != "leadership");
        Assert.Equal(((decimal)part, (decimal)rest, "leadership"), (lead.Years, other.Years, other.Besides));
    }

    [Theory]
    [InlineData("Ik werk 5 jaar in niveau C bij de provincie, statutair.", "provincie")]
    [InlineData("Ik ben statutair bij de stad Brugwijk sinds 2019, niveau C.", "stad Brugwijk")]
    [InlineData("Ik ben 6 jaar in niveau D bij een andere gemeente.", "andere gemeente")]
    [InlineData("I have worked at level C for the city of Brugwijk for 4 years.", "city of Brugwijk")]
    public void Analyze_InternalPosition_KeepsTheEmployerNamed(string text, string employer)
    {
        Assert.Equal(employer, _sut.Analyze(text).Profile.Internal?.Employer, ignoreCase: true);
    }

    [Theory]
    [InlineData("Ik heb de Belgische nationaliteit aangevraagd, ik ben Marokkaan.")]
    [InlineData("I applied for Belgian citizenship; I am Moroccan.")]
    [InlineData("Ik woon al 10 jaar in België maar ben Frans.")]
    [InlineData("Ik heb naturalisatie aangevraagd om Belg te worden.")]
    public void Analyze_NationalityAskedForOrCountryLivedIn_IsNotTheNationalityHeld(string text)
    {
        Assert.NotEqual("BE", _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik ben Belg en woon in Frankrijk.")]
    [InlineData("I'm Belgian and applied for this job last week.")]
    public void Analyze_BelgianStated_IsBelgian(string text)
    {
        Assert.Equal("BE", _sut.Analyze(text).Profile.Nationality);
    }

    [Theory]
    [InlineData("Ik heb een diploma secundair en ben Marokkaan.", "other")]
    public void Analyze_NationalityAfterAConjunctionWithoutSubject_IsStated(string text, string expected)
    {
        Assert.Equal(expected, _sut.Analyze(text).Profile.Nationality);
    }
}
