using Assistant.Core.Facts;
using Assistant.Understanding.Replies;
using Assistant.Tools.Profile;

namespace Assistant.Understanding.Tests;

/// <summary>Short replies read in the light of the question that was asked, in Dutch, English and French.</summary>
public sealed class SlotRepliesTests
{
    private static readonly CandidateProfile FiveYears = new() { Experience = [new ExperienceEntry(5, "any")] };

    private static CandidateProfile? Read(string slot, string text, CandidateProfile? current = null) =>
        SlotReplies.Read(slot, text, current ?? new CandidateProfile(), UnderstandingTestData.SeedAnalyzer.Analyze);

    [Theory]
    [InlineData("licence", "ja ik heb C en code 95", "C", true)]
    [InlineData("licence", "CE", "CE", false)]
    [InlineData("licence", "yes, D and the CPC", "D", true)]
    [InlineData("licence-category", "oui, le C1", "C1", false)]
    public void Read_LicenceReplyNamingACategoryAlone_HoldsThatCategory(string slot, string text, string category, bool code95)
    {
        var read = Read(slot, text);

        Assert.True(read?.DrivingLicence);
        Assert.Equal([category], read!.LicenceCategories);
        Assert.Equal(code95, read.LicenceCodes.Contains("95"));
    }

    [Theory]
    [InlineData("oui, j'ai ce qu'il faut pour conduire")]
    [InlineData("ja, ik heb de papieren in orde")]
    public void Read_LicenceReplyWithCategoryLookingWords_NamesNoCategory(string text)
    {
        Assert.Empty(Read("licence", text)?.LicenceCategories ?? []);
    }

    [Theory]
    [InlineData("nee")]
    [InlineData("no")]
    public void Read_LicenceReplyNo_HoldsNoLicence(string text)
    {
        Assert.False(Read("licence", text)?.DrivingLicence);
    }

    [Theory]
    [InlineData("Bachelor", DiplomaLevel.Bachelor)]
    [InlineData("een bachelor in de verpleegkunde", DiplomaLevel.Bachelor)]
    [InlineData("professionele bachelor", DiplomaLevel.Bachelor)]
    [InlineData("bachelor's degree", DiplomaLevel.Bachelor)]
    [InlineData("bachelier", DiplomaLevel.Bachelor)]
    [InlineData("master", DiplomaLevel.Master)]
    [InlineData("a master", DiplomaLevel.Master)]
    [InlineData("un master en droit", DiplomaLevel.Master)]
    [InlineData("secundair", DiplomaLevel.Secondary)]
    [InlineData("middelbare school", DiplomaLevel.Secondary)]
    [InlineData("high school", DiplomaLevel.Secondary)]
    [InlineData("secondaire", DiplomaLevel.Secondary)]
    public void Read_DiplomaReply_GivesTheLevel(string text, DiplomaLevel level)
    {
        Assert.Equal(level, Read("diploma", text)?.Diploma);
    }

    [Theory]
    [InlineData("geen diploma")]
    [InlineData("geen")]
    [InlineData("nee")]
    [InlineData("no degree")]
    [InlineData("none")]
    [InlineData("aucun diplôme")]
    [InlineData("pas de diplôme")]
    public void Read_NoDiplomaReply_IsTheSameAsTheNoDiplomaButton(string text)
    {
        var button = UnderstandingTestData.SeedAnalyzer.Analyze("Ik heb geen diploma").Profile;

        var result = Read("diploma", text);

        Assert.NotNull(result);
        Assert.Equal((button.Diploma, button.LacksDiploma), (result.Diploma, result.LacksDiploma));
    }

    [Theory]
    [InlineData("geen hoger diploma")]
    [InlineData("no higher education")]
    [InlineData("pas d'enseignement supérieur")]
    public void Read_NoHigherDiploma_LacksABachelorNotEveryDiploma(string text)
    {
        var result = Read("diploma", text);

        Assert.Equal((null, DiplomaLevel.Bachelor), (result?.Diploma, result?.LacksDiploma));
    }

    [Fact]
    public void Read_DiplomaWithField_KeepsTheField()
    {
        Assert.Equal("verpleegkunde", Read("diploma", "een bachelor in de verpleegkunde")?.DiplomaField);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("5 jaar", 5)]
    [InlineData("vijf jaar", 5)]
    [InlineData("anderhalf jaar", 1.5)]
    [InlineData("zes maanden", 0.5)]
    [InlineData("geen", 0)]
    [InlineData("nog geen", 0)]
    [InlineData("nee", 0)]
    [InlineData("five years", 5)]
    [InlineData("18 months", 1.5)]
    [InlineData("none", 0)]
    [InlineData("5 ans", 5)]
    [InlineData("deux ans", 2)]
    [InlineData("un an et demi", 1.5)]
    [InlineData("aucune", 0)]
    [InlineData("10 yrs", 10)]
    [InlineData("3 jr", 3)]
    [InlineData("6 mnd", 0.5)]
    [InlineData("a year", 1)]
    [InlineData("een jaar", 1)]
    [InlineData("bijna 2 jaar", 1.92)]
    [InlineData("almost two years", 1.92)]
    [InlineData("presque 2 ans", 1.92)]
    public void Read_YearsReply_GivesTheYears(string text, double years)
    {
        var result = Read("experience", text);

        Assert.Equal((decimal)years, Assert.Single(result!.Experience).Years);
    }

    [Theory]
    [InlineData("5 jaar")]
    [InlineData("five years")]
    [InlineData("5 ans")]
    public void Read_YearsWithoutAKind_NeverInventsOne(string text)
    {
        Assert.Equal("any", Assert.Single(Read("experience", text)!.Experience).Kind);
    }

    [Theory]
    [InlineData("als teamleider", "leadership")]
    [InlineData("leidinggevende", "leadership")]
    [InlineData("ik gaf leiding aan een team", "leadership")]
    [InlineData("I managed a team", "leadership")]
    [InlineData("as a team leader", "leadership")]
    [InlineData("comme chef d'équipe", "leadership")]
    [InlineData("j'ai dirigé une équipe", "leadership")]
    [InlineData("in de zorg", "domain:zorg")]
    [InlineData("in de privésector", "private")]
    public void Read_KindReply_GivesTheKindOfTheYearsAlreadyGiven(string text, string kind)
    {
        var entry = Assert.Single(Read("experience-kind", text, FiveYears)!.Experience);

        Assert.Equal((5m, kind), (entry.Years, entry.Kind));
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("yes", true)]
    [InlineData("oui", true)]
    [InlineData("nee", false)]
    [InlineData("no", false)]
    [InlineData("non", false)]
    public void Read_YesNoReply_AnswersTheYesNoQuestion(string text, bool yes)
    {
        Assert.Equal(yes, Read("internal", text)?.Internal?.IsInternal);
        Assert.Equal(yes, Read("licence", text)?.DrivingLicence);
    }

    [Theory]
    [InlineData("diploma", "blabla")]
    [InlineData("diploma", "ja")]
    [InlineData("experience", "ja")]
    [InlineData("experience", "veel")]
    [InlineData("experience-kind", "ja")]
    [InlineData("internal", "misschien")]
    [InlineData("experience", "sinds 2019")]
    public void Read_ReplyThatDoesNotAnswer_IsNull(string slot, string text)
    {
        Assert.Null(Read(slot, text, FiveYears));
    }

    [Fact]
    public void Read_YearsFollowedByWhatTheyWere_AreTheYearsOfTheKindAsked()
    {
        var reply = SlotReplies.Read("experience", "4 jaar, als redacteur bij een tijdschrift", new CandidateProfile(), UnderstandingTestData.SeedAnalyzer.Analyze, "domain:communicatie");

        var entry = Assert.Single(reply!.Experience);
        Assert.Equal((4m, "domain:communicatie"), (entry.Years, entry.Kind));
    }

    [Theory]
    [InlineData("17", 17)]
    [InlineData("zeventien", 17)]
    [InlineData("16 jaar", 16)]
    [InlineData("ik ben 19", 19)]
    [InlineData("seventeen", 17)]
    [InlineData("18 years", 18)]
    [InlineData("16 ans", 16)]
    public void Read_AgeReply_GivesTheAge(string text, int age)
    {
        Assert.Equal(age, Read("age", text)?.Age);
    }

    [Theory]
    [InlineData("5 jaar ervaring")]
    [InlineData("ja")]
    [InlineData("geen idee")]
    [InlineData("2031")]
    public void Read_AgeReply_ThatIsNoAge_ReadsNothing(string text)
    {
        Assert.Null(Read("age", text)?.Age);
    }
}
