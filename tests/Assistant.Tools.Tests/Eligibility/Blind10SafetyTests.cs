using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// The classes behind session 26's wrong "eligible" answers on a fresh part (invented wording): a field read as no word
/// of substance, a line that excludes diplomas of other fields, a certificate that must be kept current, and a document
/// that opens several posts.
/// </summary>
public sealed class Blind10SafetyTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("het")]
    [InlineData("systeem-")]
    public void Evaluate_FieldOfNoSubstance_NeverMeetsAnyField(string field)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = "geschiedenis" };

        var result = EligibilityTool.Evaluate(Vacancy(Route(DiplomaLevel.Bachelor, field: field)), profile);

        Assert.NotEqual("eligible", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c is { Requirement: "diploma-field", Outcome: "unknown" });
    }

    [Theory]
    [InlineData("Een andere bachelor of master zonder informatica volstaat niet.")]
    [InlineData("Andere masterdiploma's dan in de informatica komen niet in aanmerking.")]
    [InlineData("Een bachelor in een andere richting dan informatica is onvoldoende.")]
    public void Judge_LineExcludingOtherFields_IsDecidedByTheField(string line)
    {
        var history = new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaWords = "master", DiplomaField = "geschiedenis" };
        var informatics = new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaWords = "master", DiplomaField = "computer science" };

        Assert.Equal("field", DiplomaExclusions.Judge(line, history));
        Assert.Equal("clear", DiplomaExclusions.Judge(line, informatics));
    }

    [Fact]
    public void Evaluate_LineExcludingOtherFields_HoldsTheYesBackUnlessTheFieldCheckWasMet()
    {
        var line = new UnparsedRequirement(["diploma", "insufficient"], Cite("Een andere bachelor of master zonder informatica volstaat niet."));
        var anyField = Vacancy(Route(DiplomaLevel.Bachelor)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor)], Unparsed = [line] } };
        var withField = anyField with { Requirements = anyField.Requirements with { Routes = [Route(DiplomaLevel.Bachelor, field: "informatica")] } };
        var history = new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaWords = "master", DiplomaField = "geschiedenis" };
        var applied = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaWords = "bachelor", DiplomaField = "toegepaste informatica" };

        Assert.Equal("need-info", EligibilityTool.Evaluate(anyField, history).Verdict);
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(withField, history).Verdict);
        Assert.Equal("eligible", EligibilityTool.Evaluate(withField, applied).Verdict);
    }

    [Theory]
    [InlineData("Je hebt een brevet Hoger Redder, met de verplichte jaarlijkse bijscholing van dit jaar.")]
    [InlineData("Brevet Hoger Redder, hernieuwd in de voorbije twaalf maanden.")]
    [InlineData("Een brevet Hoger Redder dat niet ouder is dan drie jaar, of recenter bijgeschoold.")]
    public void Evaluate_CertificateThatMustBeKeptCurrent_NameAloneGivesNoYes(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.None)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.None)],
                General = [new GeneralRequirement { Kind = "certificate", Value = "brevet Hoger Redder", Citation = Cite(quote) }],
            },
        };
        CandidateProfile Holder(bool? current) => new() { Certificates = ["brevet hoger redder"], CertificateCurrent = current };

        Assert.Equal("need-info", EligibilityTool.Evaluate(facts, Holder(null)).Verdict);
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, Holder(false)).Verdict);
        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, Holder(true)).Verdict);
    }

    [Fact]
    public void Evaluate_CertificateWithoutACurrencyCondition_NameMeetsIt()
    {
        var facts = Vacancy(Route(DiplomaLevel.None)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.None)],
                General = [new GeneralRequirement { Kind = "certificate", Value = "brevet Hoger Redder", Citation = Cite("Je hebt een brevet Hoger Redder.") }],
            },
        };

        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, new CandidateProfile { Certificates = ["brevet hoger redder"], CertificateCurrent = false }).Verdict);
    }

    [Theory]
    [InlineData("Kan ik meedoen voor de functie van archivaris?", "not-eligible")]
    [InlineData("Can I apply as an archivist?", "not-eligible")]
    [InlineData("Kan ik solliciteren als baliemedewerker?", "eligible")]
    [InlineData("Kan ik solliciteren?", "eligible")]
    public void ForQuestion_SeveralPosts_JudgesThePostNamedElseTheFirst(string question, string expected)
    {
        var counter = Route(DiplomaLevel.Secondary, id: "external-1") with { Post = "Baliemedewerker (C1-C3)" };
        var archive = Route(DiplomaLevel.Master, id: "external-2", years: 2) with { Post = "Archivaris (A1a-A3a)" };
        var facts = Vacancy(counter, archive);
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(5, "any")] };

        Assert.Equal(expected, EligibilityTool.Evaluate(PostChoice.ForQuestion(facts, question), profile).Verdict);
    }
}

/// <summary>Working times asked as a condition, against what the candidate says they can and cannot work.</summary>
public sealed class AvailabilityChecksTests
{
    private static VacancyFacts Facts(string kinds) => Vacancy(Route(DiplomaLevel.Secondary)) with
    {
        Requirements = new Requirements
        {
            Routes = [Route(DiplomaLevel.Secondary)],
            General = [new GeneralRequirement { Kind = "availability", Value = kinds, Citation = Cite("Wie niet bereid is om nachtdiensten en weekenddiensten te doen, komt niet in aanmerking.") }],
        },
    };

    [Theory]
    [InlineData("night", "", "not-eligible", "not-met")]
    [InlineData("weekend", "", "not-eligible", "not-met")]
    [InlineData("", "night,weekend", "eligible", "met")]
    [InlineData("", "night", "eligible", null)]
    [InlineData("evening", "", "eligible", null)]
    [InlineData("", "", "eligible", null)]
    public void Evaluate_Availability_FailsOnARefusedTime_ElseStaysAReminder(string unavailable, string available, string expected, string? outcome)
    {
        var profile = new CandidateProfile
        {
            Diploma = DiplomaLevel.Secondary,
            Unavailable = unavailable.Split(',', StringSplitOptions.RemoveEmptyEntries),
            AvailableFor = available.Split(',', StringSplitOptions.RemoveEmptyEntries),
        };

        var result = EligibilityTool.Evaluate(Facts("night,weekend"), profile);

        Assert.Equal(expected, result.Verdict);
        Assert.Equal(outcome, result.GeneralChecks.FirstOrDefault(c => c.Requirement == "availability")?.Outcome);
    }
}

/// <summary>A standalone experience line no route carries is asked like a route's experience, never left as a reminder.</summary>
public sealed class UnstatedExperienceLineTests
{
    [Theory]
    [InlineData("5° een beroepservaring van minstens vierentwintig maanden in het beheer van een labo, opgedaan in de loop van de laatste vijf jaar.")]
    [InlineData("Je hebt minstens 3 jaar ervaring in een gelijkaardige functie binnen de voorbije acht jaar.")]
    [InlineData("You have at least 2 years of experience in a laboratory.")]
    public void Evaluate_ExperienceLineAndNothingSaidOfExperience_AsksForIt(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.Master)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Master)], Unparsed = [new UnparsedRequirement(["experience"], Cite(quote))] },
        };

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaWords = "master" });

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("experience", result.Missing);
    }
}
