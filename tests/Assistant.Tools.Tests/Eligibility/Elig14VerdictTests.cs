using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A general requirement its own line says is none, a licence that may be obtained after starting, an exemption line, and
/// the one "obtain later" and "any field" recognisers. Invented sentences.
/// </summary>
public sealed class Elig14VerdictTests
{
    private static GeneralRequirement Licence(string quote, string category = "B") => new() { Kind = "licence", Value = category, Citation = Cite(quote) };

    private static VacancyFacts WithGeneral(params GeneralRequirement[] general) =>
        Vacancy(Route(DiplomaLevel.Secondary)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.Secondary)], General = general } };

    [Theory]
    [InlineData("Rijbewijs | Niet vereist.")]
    [InlineData("Een rijbewijs heb je voor deze functie niet nodig.")]
    [InlineData("Je hebt geen rijbewijs nodig.")]
    [InlineData("Driving licence: not required.")]
    [InlineData("Permis de conduire : non requis.")]
    public void Evaluate_LicenceLineSaysNoneIsNeeded_NoLicenceIsStillEligible(string quote)
    {
        var sut = EligibilityTool.Evaluate(WithGeneral(Licence(quote)), new CandidateProfile { Diploma = DiplomaLevel.Secondary, DrivingLicence = false });

        Assert.Equal("eligible", sut.Verdict);
        Assert.DoesNotContain(sut.GeneralChecks, c => c.Requirement == "licence");
        Assert.DoesNotContain(sut.Reminders, r => r.Kind == "licence");
    }

    [Theory]
    [InlineData("Rijbewijs B is vereist.")]
    [InlineData("Rijbewijs B vereist; een diploma is niet vereist.")]
    [InlineData("Een rijbewijs is niet vereist voor de administratieve taken, maar wel voor de buitendienst.")]
    [InlineData("Je hebt rijbewijs B. Rijbewijs C is mooi meegenomen, geen vereiste.")]
    [InlineData("Rijbewijs C: geen voorwaarde. Rijbewijs B: wel.")]
    public void Evaluate_LicenceStillRequired_NoLicenceIsNotEligible(string quote)
    {
        var sut = EligibilityTool.Evaluate(WithGeneral(Licence(quote)), new CandidateProfile { Diploma = DiplomaLevel.Secondary, DrivingLicence = false });

        Assert.Equal("not-eligible", sut.Verdict);
    }

    [Theory]
    [InlineData("Rijbewijs B: heb je het nog niet, dan haal je het binnen het jaar na je indiensttreding.")]
    [InlineData("Je bent in het bezit van rijbewijs B of je behaalt het binnen de negen maanden.")]
    [InlineData("A B driving licence, to be obtained within 12 months of starting.")]
    [InlineData("Permis B, à obtenir dans les six mois suivant votre entrée en service.")]
    public void Evaluate_LicenceToObtainAfterStarting_NoLicenceIsConditional(string quote)
    {
        var sut = EligibilityTool.Evaluate(WithGeneral(Licence(quote)), new CandidateProfile { Diploma = DiplomaLevel.Secondary, DrivingLicence = false });

        Assert.Equal("conditional", sut.Verdict);
        var check = Assert.Single(sut.GeneralChecks, c => c.Requirement == "licence");
        Assert.Equal(("condition", "licence-later"), (check.Outcome, check.Caveat));
    }

    [Theory]
    [InlineData("Interne kandidaten doen mee aan dezelfde proeven als externen, maar moeten geen capaciteitstest afleggen.")]
    [InlineData("Personeelsleden die al in dienst zijn, zijn vrijgesteld van de schriftelijke proef.")]
    [InlineData("Wie al voor het bestuur werkt, hoeft geen selectieproef te doen.")]
    public void OnlyWidens_ExemptionFromATest_IsTrue(string quote)
    {
        Assert.True(VerdictGuard.OnlyWidens(quote));
    }

    [Theory]
    [InlineData("Je moet slagen voor de capaciteitstest.")]
    [InlineData("Je hebt geen diploma nodig, maar je moet wel slagen voor een test.")]
    public void OnlyWidens_ATestToPass_IsFalse(string quote)
    {
        Assert.False(VerdictGuard.OnlyWidens(quote));
    }

    [Theory]
    [InlineData("of je behaalt het attest binnen de zes maanden")]
    [InlineData("heb je het nog niet, dan haal je het tijdens de opleiding")]
    [InlineData("bereid zijn om het brevet te behalen")]
    [InlineData("the certificate is to be obtained before you start")]
    [InlineData("within 6 months after you start")]
    [InlineData("à obtenir dans les douze mois")]
    public void ObtainLater_RequirementMetAfterApplying_IsTrue(string text)
    {
        Assert.True(ObtainLater.In(text));
    }

    [Theory]
    [InlineData("je diploma moet in het Nederlands behaald zijn")]
    [InlineData("minstens 2 jaar ervaring binnen de zorgsector")]
    [InlineData("houder zijn van het attest")]
    [InlineData("a degree obtained in Belgium")]
    public void ObtainLater_HeldOrNoTime_IsFalse(string text)
    {
        Assert.False(ObtainLater.In(text));
    }

    [Theory]
    [InlineData("een andere richting", true)]
    [InlineData("eender welke studierichting", true)]
    [InlineData("any other field", true)]
    [InlineData("une autre orientation", true)]
    [InlineData("een technische richting", false)]
    [InlineData("andere technische richtingen", false)]
    public void IsWhole_FieldThatNamesNoField(string field, bool expected)
    {
        Assert.Equal(expected, AnyField.IsWhole(field));
    }

    [Theory]
    [InlineData("een bachelordiploma, richting vrij", true)]
    [InlineData("een masterdiploma in om het even welke richting", true)]
    [InlineData("a bachelor's degree in any discipline", true)]
    [InlineData("een bachelor in een willekeurige studierichting", true)]
    [InlineData("een bachelor in de richting sociaal werk", false)]
    public void Within_SentenceThatFreesTheField(string folded, bool expected)
    {
        Assert.Equal(expected, AnyField.Within(folded));
    }
}
