using Assistant.Core.Facts;

namespace Assistant.Understanding.Tests;

/// <summary>
/// Facts read from a candidate's words that an eligibility verdict rests on: a diploma opening the message followed by
/// "en ik …", a diploma named by its field alone, and years of volunteering kept apart from paid work.
/// </summary>
public sealed partial class CandidateWords15Tests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("bachelor communicatie en ik werk al 2 jaar in een museum. kan ik meedoen?", DiplomaLevel.Bachelor, "communicatie")]
    [InlineData("master rechten en ik heb 3 jaar ervaring als jurist, maak ik kans?", DiplomaLevel.Master, "rechten")]
    [InlineData("bachelor in communication and I have worked for 2 years in a library. Can I apply?", DiplomaLevel.Bachelor, "communicatie")]
    public void Analyze_DiplomaOpeningThenOwnClause_ReadsTheDiploma(string text, DiplomaLevel level, string field)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Equal(level, sut.Diploma);
        Assert.Equal(field, sut.DiplomaField);
    }

    [Theory]
    [InlineData("Ik heb een diploma handel en 30 maanden ervaring. Kom ik in aanmerking?", "handel")]
    [InlineData("Ik heb een diploma boekhouding, kan ik solliciteren?", "boekhouding")]
    [InlineData("j'ai un diplôme en comptabilité, je peux postuler ?", "boekhouden")]
    public void Analyze_DiplomaNamedByFieldOnly_KeepsTheFieldWithoutLevel(string text, string field)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Null(sut.Diploma);
        Assert.Equal(field, sut.DiplomaField);
    }

    [Theory]
    [InlineData("Ik werkte als laborant van 2009 tot 2015, daarna ben ik thuisgebleven.", 2015)]
    [InlineData("I managed a small lab from 2010 to 2018, since then I teach.", 2018)]
    [InlineData("Ik heb 6 jaar ervaring als boekhouder, tot 2016.", 2016)]
    public void Analyze_WorkWithAnEndYear_KeepsTheYearItEnded(string text, int until)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Contains(sut.Experience, e => e.Until == until && e.Years > 0);
    }

    [Theory]
    [InlineData("Master rechten. Kan ik solliciteren?", DiplomaLevel.Master, "rechten")]
    [InlineData("Bachelor sociaal werk (2015). Maak ik kans?", DiplomaLevel.Bachelor, "sociaal werk")]
    public void Analyze_DiplomaAsTheOpeningSentence_ReadsTheDiploma(string text, DiplomaLevel level, string field)
    {
        var sut = _sut.Analyze(text).Profile;

        Assert.Equal(level, sut.Diploma);
        Assert.Equal(field, sut.DiplomaField);
    }

    [Theory]
    [InlineData("Ik heb een bachelor bedrijfsmanagement en doe al 3 jaar vrijwilligerswerk bij de jeugdbeweging.", 3)]
    [InlineData("I have done 4 years of volunteer work at the local museum.", 4)]
    [InlineData("J'ai fait 2 ans de bénévolat dans une bibliothèque.", 2)]
    public void Analyze_YearsOfVolunteering_AreExperienceInTheVolunteerWords(string text, int years)
    {
        var sut = _sut.Analyze(text).Profile;

        var entry = Assert.Single(sut.Experience);
        Assert.Equal((years, true), (entry.Years, VolunteerWords().IsMatch(entry.Kind + " " + entry.Description)));
    }

    [System.Text.RegularExpressions.GeneratedRegex("vrijwillig|volunt|b[ée]n[ée]vol", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex VolunteerWords();
}
