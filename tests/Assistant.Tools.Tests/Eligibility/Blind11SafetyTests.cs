using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// The classes behind session 27's wrong "eligible" answers on a fresh part (invented wording): part-time experience against a
/// minimum counted in full-time equivalents, and a diploma line that names the accepted diplomas only by example.
/// </summary>
public sealed class Blind11SafetyTests
{
    private static VacancyFacts Experienced(string quote, decimal years = 4) =>
        Vacancy(Route(DiplomaLevel.None, years: years) with { Citation = Cite(quote) });

    private static CandidateProfile PartTime(decimal years, decimal? share) =>
        new() { Experience = [new ExperienceEntry(years, "any", "als laborant") { Share = share }] };

    [Theory]
    [InlineData("Minstens 4 jaar ervaring als magazijnier, geteld in voltijdse equivalenten.")]
    [InlineData("Je hebt 4 jaar beroepservaring (uitgedrukt in VTE).")]
    [InlineData("Ervaring van minstens 4 jaar; deeltijdse prestaties tellen pro rata.")]
    [InlineData("At least 4 years of experience, counted as full-time equivalent.")]
    [InlineData("Au moins 4 ans d'expérience, calculés en équivalents temps plein.")]
    public void Evaluate_PartTimeYearsAgainstFullTimeEquivalents_WeighByTheirShare(string quote)
    {
        var facts = Experienced(quote);

        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, PartTime(6, 0.5m)).Verdict);
        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, PartTime(6, 0.8m)).Verdict);
        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, PartTime(6, null)).Verdict);
    }

    [Fact]
    public void Evaluate_PartTimeYearsWhereTheVacancySaysNotHowItCounts_AreNoYesButAskedOfTheContact()
    {
        var facts = Experienced("Minstens 4 jaar relevante ervaring.");

        var between = EligibilityTool.Evaluate(facts, PartTime(6, 0.5m));
        var unsaid = EligibilityTool.Evaluate(facts, PartTime(6, 0m));

        Assert.Equal(("need-info", "part-time"), (between.Verdict, between.ReferTo));
        Assert.Equal("need-info", unsaid.Verdict);
        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, PartTime(10, 0.5m)).Verdict);
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(facts, PartTime(3, 0.5m)).Verdict);
    }

    [Theory]
    [InlineData("Je hebt een attest dat de toezichthouder aanvaardt, bv. Zorgkundige, Thuisverpleging (7de jaar BSO) of een bachelor Orthopedagogie.")]
    [InlineData("Een diploma secundair onderwijs, zoals Elektriciteit-elektronica of Elektromechanica.")]
    [InlineData("A secondary school certificate, e.g. Hairdressing or Beauty care.")]
    [InlineData("Je hebt een kwalificatiebewijs voor de functie (lijst op de website van de sector).")]
    [InlineData("Je hebt een bachelordiploma maatschappelijk werk of sociaal werk.")]
    [InlineData("Je hebt een professionele bachelor verpleegkunde.")]
    [InlineData("Een master rechten of criminologie is vereist.")]
    public void Evaluate_DiplomaOfAFieldNotRead_LevelAloneGivesNoYes(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.Secondary) with { Citation = Cite(quote) });
        var master = new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaWords = "master" };
        Assert.NotEqual("eligible", EligibilityTool.Evaluate(facts, master).Verdict);
        var generalist = new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaWords = "aso", DiplomaField = "latijn-wiskunde" };

        Assert.NotEqual("eligible", EligibilityTool.Evaluate(facts, generalist).Verdict);
    }

    [Theory]
    [InlineData("Een diploma hoger onderwijs, bv. een bachelor of een graduaat.")]
    [InlineData("Een diploma secundair onderwijs (bijvoorbeeld ASO, TSO of BSO).")]
    [InlineData("Een diploma hoger onderwijs (bv. een professionele of academische bachelor).")]
    [InlineData("Je hebt een bachelor of een master.")]
    [InlineData("Je hebt een bachelordiploma (of gelijkwaardig).")]
    [InlineData("Een bachelor volstaat, ervaring is een pluspunt.")]
    [InlineData("Een diploma secundair onderwijs. Ervaring, bijvoorbeeld als Winkelbediende of Kassier, strekt tot aanbeveling.")]
    public void Evaluate_ExamplesOfLevelsOrOfExperience_RestrictNothing(string quote)
    {
        var facts = Vacancy(Route(DiplomaLevel.Secondary) with { Citation = Cite(quote) });
        var holder = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaWords = "bachelor" };

        Assert.Equal("eligible", EligibilityTool.Evaluate(facts, holder).Verdict);
    }

    [Theory]
    [InlineData("AM")]
    [InlineData("A")]
    [InlineData("A2")]
    [InlineData("G")]
    public void Evaluate_LicenceOfALighterCategory_NeverMeetsB(string held)
    {
        var facts = Vacancy(Route(DiplomaLevel.None)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.None)],
                General = [new GeneralRequirement { Kind = "licence", Value = "B", Citation = Cite("Je hebt een rijbewijs B.") }],
            },
        };

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { DrivingLicence = true, LicenceCategories = [held] });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Theory]
    [InlineData(1, "not-eligible")]
    [InlineData(2, "eligible")]
    public void Evaluate_RestOfAWholeBesidesTheLeadershipPart_IsNoLeadership(int lead, string verdict)
    {
        var facts = Vacancy(Route(DiplomaLevel.None, years: 2, kind: "leadership"));
        var profile = new CandidateProfile
        {
            Experience = [new ExperienceEntry(5 - lead, "any") { Besides = "leadership" }, new ExperienceEntry(lead, "leadership", "als leidinggevende")],
        };

        Assert.Equal(verdict, EligibilityTool.Evaluate(facts, profile).Verdict);
    }

    [Theory]
    [InlineData("provincie", "need-info")]
    [InlineData("stad Brugwijk", "need-info")]
    [InlineData("andere gemeente", "need-info")]
    [InlineData("gemeente Haverveld", "eligible")]
    [InlineData("gemeente", "eligible")]
    public void Evaluate_InternalRoute_SeniorityEarnedAtAnotherEmployerGivesNoYes(string employer, string verdict)
    {
        var condition = new InternalCondition { MinSeniorityMonths = 48, Level = "C", SeniorityKind = "level" };
        var facts = Vacancy(InternalRoute(condition)) with { Organisation = "Gemeente Haverveld" };
        var profile = new CandidateProfile { Internal = new InternalStatus(true, "statutory", 60, "C") { Employer = employer } };

        Assert.Equal(verdict, EligibilityTool.Evaluate(facts, profile).Verdict);
    }
}
