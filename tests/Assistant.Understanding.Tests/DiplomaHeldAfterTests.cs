using Assistant.Core.Facts;
using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// A diploma named before the verb that says it is held ("TSO bouw heb ik wel"), and seniority said after the level with
/// the level in brackets ("deskundige (niveau B) bij de provincie sinds 6 jaar").
/// </summary>
public sealed class DiplomaHeldAfterTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb geen VCA. TSO elektriciteit heb ik wel, en rijbewijs B.", DiplomaLevel.Secondary)]
    [InlineData("Een bachelor verpleegkunde heb ik sinds vorig jaar. Kan ik solliciteren?", DiplomaLevel.Bachelor)]
    [InlineData("Master rechten behaalde ik in 2010 aan de KU Leuven.", DiplomaLevel.Master)]
    [InlineData("TSO-diploma en een rijbewijs C heb ik, en 5 jaar ervaring.", DiplomaLevel.Secondary)]
    [InlineData("Diploma: TSO bouw. Ervaring: 5 jaar grondwerken.", DiplomaLevel.Secondary)]
    [InlineData("Opleiding: bachelor verpleegkunde (2019). Kan ik solliciteren?", DiplomaLevel.Bachelor)]
    [InlineData("Education: master's degree in law. Can I apply?", DiplomaLevel.Master)]
    [InlineData("Diplôme : bachelier en comptabilité. Puis-je postuler ?", DiplomaLevel.Bachelor)]
    public void Analyze_DiplomaBeforeTheVerbOfHolding_IsHeld(string text, DiplomaLevel level)
    {
        Assert.Equal(level, _sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Een bachelor heb ik niet, wel 5 jaar ervaring.")]
    [InlineData("Welke bachelor heb ik nodig voor deze job?")]
    [InlineData("Diploma: welk niveau is nodig voor deze job?")]
    [InlineData("Een master en een rijbewijs heb ik niet.")]
    public void Analyze_DiplomaBeforeADeniedOrAskedVerb_IsNotHeld(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Ik ben statutair deskundige (niveau B) bij de provincie sinds 6 jaar.", 72, "B")]
    [InlineData("Ik werk als administratief medewerker (niveau C) bij de gemeente al 4 jaar.", 48, "C")]
    public void Analyze_SeniorityAfterALevelInBrackets_IsRead(string text, int months, string level)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.Equal(((int?)months, level), (status.SeniorityMonths, status.Level));
    }
}
