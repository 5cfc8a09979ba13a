using Assistant.Core.Facts;
using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// The candidate's own words in forms that were not read (cand8): a diploma opening a comma list after a nationality or
/// with its school in brackets, "diploma en N jaar", a contract written "contractueel (onbepaalde duur)", seniority said
/// after the employer ("niveau C bij de gemeente, al 5 jaar"), and a private employer that makes the candidate external.
/// </summary>
public sealed class CandidateWordsTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Belg, master in de geschiedenis (VUB), 2 jaar ervaring. Kan ik solliciteren?", DiplomaLevel.Master)]
    [InlineData("bachelor toegepaste informatica (Howest), geen ervaring: maak ik kans?", DiplomaLevel.Bachelor)]
    [InlineData("graduaat marketing en 4 jaar ervaring in de horeca, kan ik meedoen?", DiplomaLevel.Graduate)]
    [InlineData("Française, master en droit, 3 ans d'expérience. Est-ce que je peux postuler ?", DiplomaLevel.Master)]
    [InlineData("bachelor in nursing and 2 years in a hospital, can I apply?", DiplomaLevel.Bachelor)]
    [InlineData("Nederlands (B2), bachelor sociaal werk. Kom ik in aanmerking?", DiplomaLevel.Bachelor)]
    [InlineData("Dutch (C1), master's degree in history, can I apply?", DiplomaLevel.Master)]
    // The graduaat of before 2005 (hoger onderwijs van het korte type) is of bachelor level; the HBO5 graduaat is not.
    [InlineData("graduaat informatica behaald in 1998, 15 jaar programmeur. kan ik meedoen?", DiplomaLevel.Bachelor)]
    [InlineData("ik ben gegradueerde verpleegkunde (hoger onderwijs van het korte type), mag ik solliciteren?", DiplomaLevel.Bachelor)]
    [InlineData("graduaat HBO5 boekhouden uit 2021, kan ik meedoen?", DiplomaLevel.Graduate)]
    [InlineData("graduaat marketing en sinds 2003 verkoper, kan ik meedoen?", DiplomaLevel.Graduate)]
    public void Analyze_DiplomaOpeningAList_IsHeld(string text, DiplomaLevel level)
    {
        Assert.Equal(level, _sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Master geschiedenis en 2 jaar gewerkt in een archief. Kan ik solliciteren?", DiplomaLevel.Master)]
    [InlineData("Professionele bachelor en geen ervaring, maak ik kans?", DiplomaLevel.Bachelor)]
    [InlineData("nederlander, 31 jaar, diploma tso en rijbewijs B. kan ik meedoen?", DiplomaLevel.Secondary)]
    public void Analyze_DiplomaThenAnotherFact_IsHeld(string text, DiplomaLevel level)
    {
        Assert.Equal(level, _sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Ik ben magazijnier C2 bij de gemeente sinds 7 jaar. Kan ik meedoen?", "C", 84)]
    [InlineData("ik werk 5 jaar als D3 bij de technische dienst van de stad, mag ik meedoen?", "D", 60)]
    [InlineData("Ik werk al 4 jaar als boekhouder (B1) bij het OCMW, mijn evaluatie was goed.", "B", 48)]
    public void Analyze_ScaleCodeOfOwnJob_GivesTheLevel(string text, string level, int months)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.Equal((level, (int?)months), (status.Level, status.SeniorityMonths));
    }

    [Theory]
    [InlineData("Ik heb rijbewijs C1 al 3 jaar. Kan ik solliciteren?")]
    [InlineData("Mijn Frans is B2 sinds 3 jaar, volstaat dat?")]
    [InlineData("I have had a C1 licence for 2 years, can I apply?")]
    public void Analyze_LicenceOrLanguageLevel_IsNoStaffLevel(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Internal?.Level);
    }

    [Theory]
    [InlineData("Is een master (of gelijkwaardig), nodig voor deze job?")]
    [InlineData("Belg, geen master, 2 jaar ervaring. Kan ik solliciteren?")]
    public void Analyze_DiplomaAskedOrDenied_IsNotHeld(string text)
    {
        Assert.Null(_sut.Analyze(text).Profile.Diploma);
    }

    [Theory]
    [InlineData("Ik ben contractueel (onbepaalde duur) poetshulp in niveau E bij de gemeente, al 6 jaar.", "indefinite", 72, "E")]
    [InlineData("Ik ben contractueel van onbepaalde duur administratief medewerker niveau C bij het OCMW sinds 4 jaar.", "indefinite", 48, "C")]
    [InlineData("ik ben contractueel (bepaalde duur) in niveau D bij de stad, al 2 jaar.", "fixed", 24, "D")]
    public void Analyze_ContractWordsAndSeniorityAfterTheEmployer_AreRead(string text, string contract, int months, string level)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.Equal((true, contract, (int?)months, level), (status.IsInternal, status.Contract, status.SeniorityMonths, status.Level));
    }

    [Theory]
    [InlineData("Ik ben al 8 jaar magazijnier bij een transportbedrijf. Kan ik solliciteren?")]
    [InlineData("I work for a road contractor as a site foreman, can I apply for the promotion?")]
    [InlineData("Je travaille chez un privé depuis 5 ans, est-ce que je peux postuler ?")]
    [InlineData("Ik werk in de privésector als boekhouder.")]
    public void Analyze_PrivateEmployer_IsExternal(string text)
    {
        var status = _sut.Analyze(text).Profile.Internal;

        Assert.NotNull(status);
        Assert.False(status.IsInternal);
    }

    [Theory]
    [InlineData("Ik werk niet meer bij een bouwbedrijf, nu bij de gemeente als arbeider.")]
    [InlineData("Heb ik ervaring bij een bedrijf nodig?")]
    public void Analyze_PrivateEmployerNotOwn_IsNotExternal(string text)
    {
        Assert.NotEqual(false, _sut.Analyze(text).Profile.Internal?.IsInternal);
    }
}
