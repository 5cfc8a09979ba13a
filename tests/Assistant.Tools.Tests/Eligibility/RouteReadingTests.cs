using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A route read without all its sentence requires cannot carry a yes: a field named but not read, conditions announced
/// but not attached, a certificate that replaces the diploma, a route addressed to staff of another government.
/// </summary>
public class RouteReadingTests
{
    private static AdmissionRoute Quoted(DiplomaLevel level, string quote, string? field = null) =>
        Route(level, field: field) with { Citation = Cite(quote) };

    [Theory]
    [InlineData("een master of een licentiaat in de statistiek, de wiskunde, de informatica of data science;")]
    [InlineData("Een bachelordiploma in de richting landbouw, bosbouw of tuinbouw.")]
    [InlineData("het vroegere diploma van maatschappelijk assistent (hoger onderwijs van het korte type).")]
    [InlineData("You hold a master's degree in biology or ecology.")]
    [InlineData("Je bent master in de geschiedenis of in de archeologie.")]
    public void FieldUnread_SentenceNamesAFieldThatWasNotKept_IsTrue(string quote)
    {
        Assert.True(RouteReading.FieldUnread(Quoted(DiplomaLevel.Master, quote)));
    }

    [Theory]
    [InlineData("Je hebt een diploma secundair onderwijs, bij voorkeur in een technische richting (mechanica, elektriciteit).")]
    [InlineData("Je hebt een bachelordiploma of een diploma dat toegang geeft tot niveau B (richting vrij).")]
    [InlineData("Je hebt een masterdiploma in om het even welke richting.")]
    [InlineData("Je bent in het bezit van een diploma van het hoger onderwijs van het korte type.")]
    [InlineData("Je hebt een bachelordiploma.")]
    public void FieldUnread_NoFieldRequired_IsFalse(string quote)
    {
        Assert.False(RouteReading.FieldUnread(Quoted(DiplomaLevel.Bachelor, quote)));
    }

    [Theory]
    [InlineData("of een ander bachelor- of masterdiploma, aangevuld met minstens 18 maanden betaalde ervaring in de museumsector.")]
    [InlineData("een bachelordiploma en twee jaar juridische beroepservaring;")]
    [InlineData("a bachelor's degree with at least three years of experience in accounting")]
    [InlineData("un diplôme de bachelier et 2 ans d'expérience dans le secteur social")]
    [InlineData("een bachelordiploma met een ervaring van minstens 3 jaar in de zorg")]
    public void ConditionsUnread_ExperienceDurationNotRead_IsTrue(string quote)
    {
        Assert.True(RouteReading.ConditionsUnread(Quoted(DiplomaLevel.Bachelor, quote)));
    }

    [Theory]
    [InlineData("een bachelordiploma; 2 jaar ervaring in de sector is een pluspunt.")]
    [InlineData("een bachelordiploma, bij voorkeur met 3 jaar ervaring in de zorg.")]
    [InlineData("een bachelordiploma in een sociale richting.")]
    public void ConditionsUnread_ExperienceOnlyPreferredOrAbsent_IsFalse(string quote)
    {
        Assert.False(RouteReading.ConditionsUnread(Quoted(DiplomaLevel.Bachelor, quote)));
    }

    [Fact]
    public void ConditionsUnread_YearsRead_IsFalse()
    {
        var route = Quoted(DiplomaLevel.Bachelor, "een bachelordiploma en 2 jaar ervaring") with { MinExperienceYears = 2 };

        Assert.False(RouteReading.ConditionsUnread(route));
    }

    [Fact]
    public void Evaluate_AnyBachelorRouteWithUnreadExperience_IsNoYes()
    {
        var facts = Vacancy(Quoted(DiplomaLevel.Bachelor, "of een ander bachelordiploma, aangevuld met minstens 18 maanden betaalde ervaring in de sector."));

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = "toerisme" });

        Assert.NotEqual("eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_UnreadExperienceRequirement_IsTouchedByWorkTheCandidateMentioned()
    {
        var line = new UnparsedRequirement(["experience"], Cite("2° minstens twee jaar juridische beroepservaring hebben, opgedaan in de laatste vijf jaar;"));
        var facts = Vacancy(Route(DiplomaLevel.Master)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Master)], Unparsed = [line] },
        };

        var silent = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Master });
        var spoke = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Master, WorkMentioned = true });

        // Said nothing of their experience: a stated minimum is asked like a route's (session 26), never a reminder behind a yes.
        Assert.Equal("need-info", silent.Verdict);
        Assert.Contains("experience", silent.Missing);
        Assert.Equal("need-info", spoke.Verdict);
    }

    [Fact]
    public void FieldUnread_FieldKept_IsFalse()
    {
        Assert.False(RouteReading.FieldUnread(Quoted(DiplomaLevel.Bachelor, "een bachelor in het sociaal werk;", field: "sociaal werk")));
    }

    [Fact]
    public void Evaluate_OnlyAdmittingRouteHasAnUnreadField_IsNoYes()
    {
        var facts = Vacancy(Quoted(DiplomaLevel.Master, "een master in de statistiek, de wiskunde of de informatica"));

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = "economie" });

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains(result.Unchecked, u => u.Citation.Quote.Contains("statistiek", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("een bachelor toegepaste informatica, afstudeerrichting netwerkbeheer;", "toegepaste informatica", true)]
    [InlineData("een master in de statistiek, de wiskunde of de informatica", "wiskunde", true)]
    [InlineData("een bachelor office management, afstudeerrichting medisch management", "management", false)]
    [InlineData("een master in de statistiek of de wiskunde", "economie", false)]
    public void FieldStatedAsWritten_OnlyWhereTheCandidatesWordsOpenAFieldOfTheSentence(string quote, string field, bool expected)
    {
        var route = Quoted(DiplomaLevel.Bachelor, quote);

        Assert.Equal(expected, RouteReading.FieldStatedAsWritten(route, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = field }));
        Assert.Equal(!expected, RouteReading.Incomplete(route, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = field }));
    }

    [Fact]
    public void Evaluate_AnotherRouteFullyRead_StillAdmits()
    {
        var facts = Vacancy(Quoted(DiplomaLevel.Master, "een master in de statistiek of de wiskunde"), Route(DiplomaLevel.Bachelor, id: "external-2"));

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = "economie" });

        Assert.Equal("eligible", result.Verdict);
    }

    [Theory]
    [InlineData("Ben je al statutair personeelslid van niveau C bij een andere zone? Dan kan je via mobiliteit kandideren. Je hebt dan geen diploma nodig.")]
    [InlineData("Vastbenoemde personeelsleden van een ander bestuur kunnen deelnemen zonder diploma.")]
    public void Evaluate_NoDiplomaRouteForStaff_DoesNotAdmitAnOutsider(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.Secondary), Quoted(DiplomaLevel.None, quote) with { Id = "external-2" });

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Nationality = "BE" });

        Assert.NotEqual("eligible", result.Verdict);
        Assert.Contains("diploma", result.Missing);
    }

    [Theory]
    [InlineData("Je hebt geen diploma nodig, maar wel:")]
    [InlineData("Zonder diploma kan je deelnemen op voorwaarde dat je de vereiste ervaring hebt.")]
    public void Evaluate_RouteWhoseConditionsWereNotAttached_IsNoYes(string quote)
    {
        var facts = Vacancy(Quoted(DiplomaLevel.None, quote));

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { LacksDiploma = DiplomaLevel.Secondary });

        Assert.Equal("need-info", result.Verdict);
    }

    [Theory]
    [InlineData("Houder zijn van het federaal geschiktheidsattest (FGA). Het FGA vervangt elke diplomavereiste.")]
    [InlineData("Je bent in het bezit van een geldig brevet van hulpverlener-ambulancier; een diploma is niet vereist.")]
    public void Evaluate_CertificateInsteadOfADiploma_DecidesTheRoute(string quote)
    {
        var facts = Vacancy(Quoted(DiplomaLevel.None, quote));

        var lacking = EligibilityTool.Evaluate(facts, new CandidateProfile { Age = 22, LacksCertificate = true });
        Assert.Equal("not-eligible", lacking.Verdict);
        var failed = Assert.Single(lacking.Route!.Checks, c => c.Outcome == "not-met");
        Assert.Matches("^(federaal geschiktheidsattest \\(FGA\\)|geldig brevet van hulpverlener-ambulancier)$", failed.Required);
        var nothing = EligibilityTool.Evaluate(facts, new CandidateProfile { Age = 22 });
        Assert.Equal("need-info", nothing.Verdict);
        Assert.Contains("certificate", nothing.Missing);
    }

    [Fact]
    public void Evaluate_CertificateObtainedDuringTraining_IsNoConditionToHold()
    {
        var facts = Vacancy(Quoted(DiplomaLevel.None, "Geen diploma vereist. Je behaalt het brevet tijdens de opleiding."));

        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, new CandidateProfile { LacksCertificate = true, LacksDiploma = DiplomaLevel.Secondary }).Verdict);
    }
}
