using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>A line that names a diploma to exclude it, judged on the candidate's own words (invented examples).</summary>
public sealed class DiplomaExclusionsTests
{
    private const string SixthYear = "Een attest van het zesde jaar TSO volstaat niet, wel het zevende jaar.";

    [Theory]
    [InlineData("het 6de jaar tso", "excluded")]
    [InlineData("diploma kso", "clear")]
    [InlineData("7de jaar tso", "clear")]
    [InlineData("diploma secundair onderwijs", "unknown")]
    public void Judge_SecondaryCandidate_ByTheirWords(string words, string expected)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaWords = words };

        Assert.Equal(expected, DiplomaExclusions.Judge(SixthYear, profile));
    }

    [Fact]
    public void Judge_HigherLevelOrNoDiploma_IsClear_AGraduateForAGraduateExclusionIsExcluded()
    {
        Assert.Equal("clear", DiplomaExclusions.Judge(SixthYear, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaWords = "bachelor" }));
        Assert.Equal("clear", DiplomaExclusions.Judge(SixthYear, new CandidateProfile { LacksDiploma = DiplomaLevel.Secondary }));
        Assert.Equal("excluded", DiplomaExclusions.Judge("Een graduaat is onvoldoende.", new CandidateProfile { Diploma = DiplomaLevel.Graduate, Graduate = true, DiplomaWords = "graduaat marketing" }));
        Assert.Equal("unknown", DiplomaExclusions.Judge("Dat volstaat niet.", new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaWords = "diploma tso" }));
    }

    [Theory]
    [InlineData("Een diploma van een HBO5-opleiding (graduaat na 2019) volstaat niet.", "clear")]
    [InlineData("Een graduaat van het hoger beroepsonderwijs volstaat niet.", "clear")]
    [InlineData("Een graduaat sinds 2019 komt niet in aanmerking.", "clear")]
    [InlineData("Een graduaat, ook het vroegere van het korte type, volstaat niet.", "excluded")]
    [InlineData("Een graduaat volstaat niet.", "excluded")]
    public void Judge_OneCycleGraduateReadAsBachelor_OnlyAnExclusionOfTheOldGraduaatReachesIt(string line, string expected)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaWords = "gegradueerde boekhouding (hoger onderwijs korte type)" };

        Assert.Equal(expected, DiplomaExclusions.Judge(line, profile));
    }

    [Fact]
    public void Evaluate_ExcludedDiploma_FailsTheRouteItMet_OtherWordsGiveTheYes()
    {
        var line = new UnparsedRequirement(["diploma", "insufficient"], Cite(SixthYear));
        var facts = Vacancy(Route(DiplomaLevel.Secondary)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Secondary)], Unparsed = [line] },
        };

        var excluded = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaWords = "zesde jaar tso" });
        var other = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaWords = "diploma aso" });
        var vague = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaWords = "diploma secundair" });

        Assert.Equal("not-eligible", excluded.Verdict);
        Assert.Contains(excluded.Routes.Single().Checks, c => c.Requirement == "diploma-excluded" && c.Outcome == "not-met");
        Assert.Equal("eligible", other.Verdict);
        Assert.Equal("need-info", vague.Verdict);
    }
}

/// <summary>A language proof asked of those whose diploma was not issued in Dutch (invented example).</summary>
public sealed class LanguageAttestTests
{
    [Fact]
    public void Evaluate_DiplomaFromAbroad_IsConditionalOnTheLanguageProof_ADutchDiplomaIsNot()
    {
        var language = new GeneralRequirement { Kind = "language", Value = "B2", Citation = Cite("Heb je geen diploma van het Nederlandstalig onderwijs, dan bezorg je een taalattest (B2).") };
        var facts = Vacancy(Route(DiplomaLevel.Secondary)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Secondary)], General = [language] },
        };

        var abroad = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary, ForeignDiploma = true });
        var home = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary });

        Assert.Equal("conditional", abroad.Verdict);
        Assert.Contains(abroad.GeneralChecks, c => c.Requirement == "language" && c.Outcome == "condition");
        Assert.Equal("eligible", home.Verdict);
    }

    [Theory]
    [InlineData("Met een bachelordiploma kan je niet deelnemen.")]
    [InlineData("Met een bachelor mag je niet solliciteren.")]
    public void Judge_LineSayingALevelDoesNotAdmit_ExcludesThatLevelOnly(string line)
    {
        Assert.Equal("excluded", DiplomaExclusions.Judge(line, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaWords = "bachelor rechtspraktijk" }));
        Assert.Equal("clear", DiplomaExclusions.Judge(line, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaWords = "master rechten" }));
    }
}
