using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// Wrong no's: a no on the diploma alone where the text offers a way in without it that no rule read (quoted to check
/// instead), and a condition filed under the other kind of post than the one asked about (statutory or contractual
/// headings). Invented lines, none from a corpus.
/// </summary>
public sealed class Elig20WrongNoTests
{
    private static Citation In(string section, string quote) => new(VacancyId, "vacancy.txt", section, quote, 0, quote.Length);

    private static VacancyFacts Secondary(string section, string quote, params UnparsedRequirement[] unparsed) => Vacancy() with
    {
        Requirements = new Requirements
        {
            Routes = [Route(DiplomaLevel.Secondary) with { Citation = In(section, quote) }],
            Unparsed = unparsed,
        },
    };

    private static readonly CandidateProfile NoDiploma = new() { LacksDiploma = DiplomaLevel.Secondary, Experience = [new ExperienceEntry(4, "any")] };

    [Theory]
    [InlineData("Diploma of ervaring", "Je hebt een diploma secundair onderwijs in een technische richting.")]
    [InlineData("Profiel", "Je beschikt over een diploma van het secundair onderwijs. Heb je geen diploma? Ook zonder dat diploma kan je deelnemen met een EVC-attest.")]
    [InlineData("Toelating", "Je voldoet aan een van de volgende mogelijkheden: a) een diploma hoger secundair onderwijs; b) relevante ervaring.")]
    [InlineData("Wat vragen we", "Je hebt een diploma secundair onderwijs of slaagt voor een screening van gelijkwaardige competenties.")]
    public void Evaluate_DiplomaLackedWhereTheTextOffersAnotherWay_IsNoNo(string section, string quote)
    {
        var result = EligibilityTool.Evaluate(Secondary(section, quote), NoDiploma);

        Assert.Equal("need-info", result.Verdict);
        Assert.NotEmpty(result.Unchecked);
    }

    [Fact]
    public void Evaluate_ExperienceLineOfTheChoiceShortOfItsMinimum_StaysNo()
    {
        var line = new UnparsedRequirement(["experience"], In("Diploma of ervaring", "minstens 6 jaar ervaring als vakman in de bouw."));
        var facts = Secondary("Diploma of ervaring", "Je hebt een diploma secundair onderwijs.", line);

        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, NoDiploma).Verdict);
    }

    [Theory]
    [InlineData("Je hebt een diploma van het secundair onderwijs.")]
    [InlineData("Je hebt een diploma secundair onderwijs. Ervaring is een troef.")]
    public void Evaluate_DiplomaLackedWithNoOtherWayOffered_StaysNo(string quote)
    {
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(Secondary("Profiel", quote), NoDiploma).Verdict);
    }

    private static VacancyFacts TwoKinds(string statutoryHeading, string contractHeading) => Vacancy() with
    {
        Requirements = new Requirements
        {
            Routes = [Route(DiplomaLevel.Bachelor) with { Citation = In(statutoryHeading, "Je hebt een bachelordiploma.") },
                Route(DiplomaLevel.Bachelor, id: "external-2") with { Citation = In(contractHeading, "Je hebt een bachelordiploma.") }],
            General = [new GeneralRequirement { Kind = "nationality", Value = "BE", Citation = In(statutoryHeading, "Je bent Belg.") }],
        },
    };

    [Theory]
    [InlineData("A. Statutaire aanwerving", "B. Contractuele aanwerving")]
    [InlineData("Voor de vaste benoeming", "Voor de aanwerving met een arbeidsovereenkomst van onbepaalde duur")]
    [InlineData("Statutory appointment", "Contractual recruitment")]
    public void Evaluate_ConditionUnderTheOtherKindsHeading_DoesNotBindThePostAskedAbout(string statutory, string contract)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Nationality = "EU", PostKind = "contractual" };

        Assert.Equal("eligible", EligibilityTool.Evaluate(TwoKinds(statutory, contract), profile).Verdict);
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(TwoKinds(statutory, contract), profile with { PostKind = "statutory" }).Verdict);
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(TwoKinds(statutory, contract), profile with { PostKind = null }).Verdict);
    }

    [Fact]
    public void Evaluate_OnlyOneKindOfHeading_EveryConditionBinds()
    {
        var facts = TwoKinds("Profiel", "Aanbod: een contract van onbepaalde duur");
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Nationality = "EU", PostKind = "statutory" };

        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, profile).Verdict);
    }
}
