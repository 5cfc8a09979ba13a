using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// Verdicts the candidate's words and the document settle although no extraction rule read the line: a licence line that
/// restates a met licence, an experience line whose minimum the candidate's years fall short of (also when only recent
/// experience counts and their work is dated before), volunteering against paid experience, and a diploma named by its
/// field alone against a route of another sector. Invented sentences.
/// </summary>
public sealed class Elig15VerdictTests
{
    private static readonly CandidateProfile Secondary = new() { Diploma = DiplomaLevel.Secondary };

    private static VacancyFacts With(AdmissionRoute route, IReadOnlyList<GeneralRequirement>? general = null, params UnparsedRequirement[] unparsed) =>
        Vacancy(route) with { Requirements = new Requirements { Routes = [route], General = general ?? [], Unparsed = unparsed }, ApplicationDeadline = Deadline(2027, 1, 15) };

    private static UnparsedRequirement Line(string quote, params string[] touches) => new(touches, Cite(quote));

    [Theory]
    [InlineData("je geen rijbewijs B hebt;")]
    [InlineData("Kandidaten zonder rijbewijs B worden niet toegelaten.")]
    [InlineData("Candidates without a B driving licence cannot take part.")]
    public void Evaluate_LineRestatesAMetLicence_LeavesNothingToCheck(string quote)
    {
        GeneralRequirement licence = new() { Kind = "licence", Value = "B", Citation = Cite("Je hebt een rijbewijs B.") };
        var sut = EligibilityTool.Evaluate(With(Route(DiplomaLevel.Secondary), [licence], Line(quote, "licence")),
            Secondary with { DrivingLicence = true, LicenceCategories = ["B"] });

        Assert.Equal("eligible", sut.Verdict);
        Assert.Empty(sut.Unchecked);
    }

    [Theory]
    [InlineData("je geen rijbewijs C hebt;")]
    [InlineData("je minstens 2 jaar een rijbewijs B hebt;")]
    public void Evaluate_LicenceLineAsksMoreThanTheMetCategory_StaysUnchecked(string quote)
    {
        GeneralRequirement licence = new() { Kind = "licence", Value = "B", Citation = Cite("Je hebt een rijbewijs B.") };
        var sut = EligibilityTool.Evaluate(With(Route(DiplomaLevel.Secondary), [licence], Line(quote, "licence")),
            Secondary with { DrivingLicence = true, LicenceCategories = ["B"] });

        Assert.Equal("need-info", sut.Verdict);
    }

    [Theory]
    [InlineData("3° een beroepservaring van minstens vierentwintig maanden in het beheer van een archief.", 1.5)]
    [InlineData("Je hebt ten minste drie jaar ervaring in projectbeheer.", 2)]
    [InlineData("You have at least 4 years of experience in quality control.", 3)]
    [InlineData("Vous avez au moins 36 mois d'expérience dans la gestion d'équipes techniques.", 2.5)]
    public void Evaluate_ExperienceLineAboveTheCandidatesYears_IsNotEligible(string quote, double years)
    {
        var sut = EligibilityTool.Evaluate(With(Route(DiplomaLevel.Secondary), null, Line(quote, "experience")),
            Secondary with { Experience = [new ExperienceEntry((decimal)years, "domain:projectleider")] });

        Assert.Equal("not-eligible", sut.Verdict);
        Assert.Contains(sut.GeneralChecks, c => c is { Requirement: "experience", Outcome: "not-met" });
    }

    [Theory]
    [InlineData("Je hebt minstens twee jaar ervaring in projectbeheer.", 3)]
    [InlineData("Zonder diploma heb je minstens 5 jaar ervaring nodig.", 2)]
    [InlineData("Kandidaten met een bachelordiploma hebben minstens 3 jaar ervaring.", 1)]
    public void Evaluate_ExperienceLineMetOrForAnotherRoute_IsNeverDecidedFromIt(string quote, int years)
    {
        var sut = EligibilityTool.Evaluate(With(Route(DiplomaLevel.Secondary), null, Line(quote, "experience")),
            Secondary with { Experience = [new ExperienceEntry(years, "any")] });

        Assert.Equal("need-info", sut.Verdict);
        Assert.DoesNotContain(sut.GeneralChecks, c => c.Requirement == "experience");
    }

    [Theory]
    [InlineData("minstens twee jaar juridische beroepservaring, opgedaan in de laatste vijf jaar vóór de uiterste inschrijvingsdatum;", 2016)]
    [InlineData("at least 2 years of experience gained during the last 5 years;", 2019)]
    [InlineData("au moins 2 ans d'expérience acquise au cours des cinq dernières années ;", 2020)]
    public void Evaluate_RecentExperienceAndWorkEndedBeforeTheWindow_IsNotEligible(string quote, int until)
    {
        var sut = EligibilityTool.Evaluate(With(Route(DiplomaLevel.Secondary), null, Line(quote, "experience")),
            Secondary with { Experience = [new ExperienceEntry(6, "domain:jurist") { Until = until }] });

        Assert.Equal("not-eligible", sut.Verdict);
        Assert.StartsWith("recent:", Assert.Single(sut.GeneralChecks, c => c.Requirement == "experience").Caveat);
    }

    [Fact]
    public void Evaluate_RecentExperienceAndWorkEndedInsideTheWindow_IsNotDecidedFromIt()
    {
        var sut = EligibilityTool.Evaluate(With(Route(DiplomaLevel.Secondary), null, Line("minstens 2 jaar ervaring, opgedaan in de laatste vijf jaar;", "experience")),
            Secondary with { Experience = [new ExperienceEntry(6, "domain:jurist") { Until = 2025 }] });

        Assert.DoesNotContain(sut.GeneralChecks, c => c.Requirement == "experience");
    }

    [Theory]
    [InlineData("of een ander diploma, aangevuld met minstens 2 jaar betaalde ervaring in de cultuursector")]
    [InlineData("or another degree plus at least 2 years of paid experience")]
    [InlineData("ou un autre diplôme avec au moins 2 ans d'expérience rémunérée")]
    public void Evaluate_PaidExperienceAndOnlyVolunteering_RouteFails(string quote)
    {
        var route = Route(DiplomaLevel.Secondary, years: 2, kind: "any") with { Citation = Cite(quote) };
        var sut = EligibilityTool.Evaluate(With(route), Secondary with { Experience = [new ExperienceEntry(4, "volunteer", "bij een jeugdhuis")] });

        Assert.Equal("not-eligible", sut.Verdict);
        Assert.Equal("paid", Assert.Single(sut.Route!.Checks, c => c.Requirement == "experience").Caveat);
    }

    [Theory]
    [InlineData("minstens 2 jaar ervaring, betaald of als vrijwilliger in een vereniging")]
    [InlineData("minstens 2 jaar ervaring met publiekscontact, vrijwilligerswerk inbegrepen")]
    [InlineData("at least 2 years of experience, paid or voluntary")]
    public void Evaluate_VolunteeringNamedAsCounting_Counts(string quote)
    {
        var route = Route(DiplomaLevel.Secondary, years: 2, kind: "any") with { Citation = Cite(quote) };
        var sut = EligibilityTool.Evaluate(With(route), Secondary with { Experience = [new ExperienceEntry(4, "volunteer", "bij een jeugdhuis")] });

        Assert.Contains(sut.Route!.Checks, c => c is { Requirement: "experience", Outcome: "met" });
    }

    [Fact]
    public void Evaluate_VolunteeringNotMentioned_IsAskedNotCounted()
    {
        var route = Route(DiplomaLevel.Secondary, years: 2, kind: "any") with { Citation = Cite("minstens 2 jaar ervaring") };
        var sut = EligibilityTool.Evaluate(With(route), Secondary with { Experience = [new ExperienceEntry(4, "volunteer")] });

        Assert.Equal("need-info", sut.Verdict);
    }

    [Theory]
    [InlineData("handel", "technische richting: elektriciteit, mechanica of elektromechanica")]
    [InlineData("boekhouding", "technische richting: elektriciteit of mechanica")]
    [InlineData("economie", "in een technische richting")]
    public void Evaluate_FieldOnlyOfAnotherSector_FailsTheRouteWhateverTheLevel(string given, string field)
    {
        var route = Route(DiplomaLevel.Secondary, field: field) with { Citation = Cite("een diploma secundair onderwijs in een " + field) };
        var sut = EligibilityTool.Evaluate(With(route), new CandidateProfile { DiplomaField = given });

        Assert.Equal("not-eligible", sut.Verdict);
    }

    [Theory]
    [InlineData("elektriciteit", "technische richting: elektriciteit of mechanica")]
    [InlineData("filosofie", "in een technische richting")]
    public void Evaluate_FieldOnlyOfTheSameOrAnUnknownSector_AsksTheLevel(string given, string field)
    {
        var route = Route(DiplomaLevel.Secondary, field: field) with { Citation = Cite("een diploma secundair onderwijs in een " + field) };
        var sut = EligibilityTool.Evaluate(With(route), new CandidateProfile { DiplomaField = given });

        Assert.Equal("need-info", sut.Verdict);
    }

    [Theory]
    [InlineData("labo-assistent in een ziekenhuis", "beheer van een analytisch laboratorium")]
    [InlineData("loketbediende bij een bank", "publiekscontact")]
    [InlineData("receptionist in a hotel", "contact met het publiek")]
    public void Share_JobAndItsDomainInOtherWords_AreTheSameSector(string job, string domain)
    {
        Assert.True(Sectors.Share(job, domain));
    }

    [Theory]
    [InlineData("onthaalouder", "publiekscontact")]
    [InlineData("boekhouder", "beheer van een analytisch laboratorium")]
    public void Share_JobOutsideTheDomain_IsNotTheSameSector(string job, string domain)
    {
        Assert.False(Sectors.Share(job, domain));
    }

    [Theory]
    [InlineData("Studenten in het laatste jaar van hun studies worden niet toegelaten.")]
    [InlineData("Laatstejaarsstudenten kunnen niet deelnemen aan deze selectie.")]
    [InlineData("Final-year students are not admitted to this selection.")]
    [InlineData("Les étudiants de dernière année ne sont pas admis.")]
    public void Evaluate_FinalYearStudentWhereStudentsAreRefused_IsNotEligible(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.Master, field: "biologie")) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Master, field: "biologie")], General = [new GeneralRequirement { Kind = "students", Citation = Cite(quote) }] },
        };
        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { FinalYearStudent = true, Diploma = DiplomaLevel.Master, DiplomaField = "biologie" });

        Assert.Equal("not-eligible", sut.Verdict);
    }

    [Theory]
    [InlineData("Studenten in het laatste jaar mogen deelnemen als ze hun diploma behalen vóór 30 september.")]
    [InlineData("Final-year students may apply, provided they graduate before the start date.")]
    public void Evaluate_FinalYearStudentWhereStudentsAreAdmitted_IsConditional(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.Master, field: "biologie")) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Master, field: "biologie")], General = [new GeneralRequirement { Kind = "students", Citation = Cite(quote) }] },
        };
        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { FinalYearStudent = true, Diploma = DiplomaLevel.Master, DiplomaField = "biologie" });

        Assert.Equal("conditional", sut.Verdict);
    }

    [Theory]
    [InlineData("houder zijn van een master in de biologie, in de biochemie en de biotechnologie of in de bio-ingenieurswetenschappen", "biochemie en biotechnologie")]
    [InlineData("een bachelor in de geschiedenis, archeologie of kunstwetenschappen", "archeologie")]
    [InlineData("a master's degree in physics, chemistry or geology", "chemistry")]
    public void Evaluate_FieldListedBesideTheOneRead_MeetsTheField(string quote, string given)
    {
        var route = Route(DiplomaLevel.Master, field: quote.Contains("physics") ? "physics" : quote.Contains("biologie") ? "biologie" : "geschiedenis") with { Citation = Cite(quote) };
        var sut = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = given });

        Assert.Contains(sut.Route!.Checks, c => c is { Requirement: "diploma-field", Outcome: "met" });
    }

    [Theory]
    [InlineData("een master in de geschiedenis; taalkunde is een troef", "taalkunde")]
    [InlineData("een master in de geschiedenis (kennis van taalkunde is een pluspunt)", "taalkunde")]
    public void Evaluate_FieldNamedOutsideTheList_IsNoMatch(string quote, string given)
    {
        var route = Route(DiplomaLevel.Master, field: "geschiedenis") with { Citation = Cite(quote) };
        var sut = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = given });

        Assert.DoesNotContain(sut.Route!.Checks, c => c is { Requirement: "diploma-field", Outcome: "met" });
    }
}
