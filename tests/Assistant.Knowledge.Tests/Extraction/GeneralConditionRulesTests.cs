using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>General conditions read from invented requirement lines: licence categories and codes, internal-only vacancies, CEFR levels, nationality.</summary>
public class GeneralConditionRulesTests
{
    private static Requirements Read(string lines) =>
        TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Er is geen diplomavereiste.\n{lines}").Requirements;

    [Theory]
    [InlineData("- Je hebt een rijbewijs categorie CE.", "CE")]
    [InlineData("- Je bent in het bezit van een C1-rijbewijs.", "C1")]
    [InlineData("- Rijbewijs B volstaat niet: je hebt een rijbewijs D.", "D")]
    [InlineData("- Je hebt een vrachtwagenrijbewijs.", "C")]
    public void Extract_LicenceCategory_IsTheRequiredOne(string line, string category)
    {
        Assert.Contains(Read(line).General, g => g.Kind == "licence" && g.Value == category);
    }

    [Theory]
    [InlineData("- Je hebt een getuigschrift van vakbekwaamheid (code 95).", "95")]
    [InlineData("- Code 95 op je rijbewijs is verplicht.", "95")]
    [InlineData("- Je bezit een geldig ADR-certificaat.", "ADR")]
    public void Extract_LicenceCode_IsAGeneralRequirementAndNoUnreadLine(string line, string code)
    {
        var r = Read("- Je hebt een rijbewijs C.\n" + line);

        Assert.Contains(r.General, g => g.Kind == "licence-code" && g.Value == code);
        Assert.DoesNotContain(r.Unparsed, u => u.Citation.Quote.Contains(code, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_LicenceCodeAsAnAsset_IsNoRequirement()
    {
        Assert.DoesNotContain(Read("- Je hebt een rijbewijs C. Code 95 is een pluspunt.").General, g => g.Kind == "licence-code");
    }

    [Theory]
    [InlineData("- Deze functie staat enkel open voor statutaire personeelsleden van het bestuur.")]
    [InlineData("- Het gaat om een interne bevorderingsprocedure.")]
    public void Extract_InternalOnlyLine_IsAGeneralRequirement(string line)
    {
        Assert.Contains(Read(line).General, g => g.Kind == "internal-only");
    }

    [Fact]
    public void Extract_InternalAndExternalProcedure_IsNotInternalOnly()
    {
        Assert.DoesNotContain(Read("- De selectie verloopt via een interne en externe procedure.").General, g => g.Kind == "internal-only");
    }

    [Theory]
    [InlineData("- Je beheerst het Nederlands op ERK-niveau B2.", "B2")]
    [InlineData("- Je spreekt Nederlands op niveau B1.", "B1")]
    public void Extract_CefrLevel_IsTheLanguageRequirementsValue(string line, string level)
    {
        Assert.Contains(Read(line).General, g => g.Kind == "language" && g.Value == level);
    }

    [Theory]
    [InlineData("- Je bent Belg of EU-onderdaan.", "EU")]
    [InlineData("- Je hebt de nationaliteit van een lidstaat van de EU/EER/Zwitserland.", "EEA+CH")]
    [InlineData("- Je bent Belg zijn of onderdaan van de Europese Unie.", "EU")]
    [InlineData("- Je moet Belg zijn.", "BE")]
    [InlineData("- Je bent EU-burger; buiten de EER heb je een arbeidskaart nodig.", "EU")]
    [InlineData("- Er geldt geen nationaliteitsvereiste.", "none")]
    public void Extract_NationalityLine_IsTheWidestNationalityAdmitted(string line, string value)
    {
        Assert.Contains(Read(line).General, g => g.Kind == "nationality" && g.Value == value);
    }

    [Fact]
    public void Extract_NoNationalityLine_GivesNoNationalityRequirement()
    {
        Assert.DoesNotContain(Read("- Je hebt een rijbewijs B.").General, g => g.Kind == "nationality");
        Assert.DoesNotContain(Read("- Heb je je diploma in een EU-lidstaat of de EU/EER behaald, vraag dan de gelijkwaardigheid aan.").General, g => g.Kind == "nationality");
    }

    [Theory]
    [InlineData("- Rijbewijs: C", "C")]
    [InlineData("- Je hebt een rijbewijs van categorie CE.", "CE")]
    public void Extract_LicenceCategoryAfterALabel_IsThatCategory(string line, string category)
    {
        Assert.Contains(Read(line).General, g => g.Kind == "licence" && g.Value == category);
    }

    [Theory]
    [InlineData("- Taalkennis: Nederlands C1, Frans B1.", "C1")]
    [InlineData("- Je hebt een taalattest Frans op niveau B1 (tweede landstaal).", null)]
    [InlineData("- Je beheerst het Frans (B1) en het Nederlands (B2) volgens het ERK.", "B2")]
    public void Extract_LanguageLevel_IsTheLevelOfDutchOnly(string line, string? level)
    {
        Assert.Contains(Read(line).General, g => g.Kind == "language" && g.Value == level);
    }

    [Fact]
    public void Extract_InternalOnlyLineWithConditions_StaysToCheck()
    {
        var r = Read("- Deze functie staat enkel open voor personeelsleden met minstens 4 jaar anciënniteit in niveau C.");

        Assert.Contains(r.General, g => g.Kind == "internal-only");
        // Its conditions are read into an internal route, or quoted to check: never dropped.
        Assert.True(r.Unparsed.Any(u => u.Touches.Contains("internal")) || r.Routes.Any(x => x.Audience == RouteAudience.Internal));
    }

    [Fact]
    public void Extract_InternalOnlyInTheIntroduction_IsFound()
    {
        var facts = TestKnowledge.FromText("Diensthoofd onderhoud\n\nDeze betrekking is voorbehouden aan de statutaire personeelsleden van het bestuur.\n\nAanwervingsvoorwaarden\n\n- Je hebt minstens 4 jaar anciënniteit in niveau C.");

        Assert.Contains(facts.Requirements.General, g => g.Kind == "internal-only");
    }

    [Fact]
    public void Extract_InternalRouteBesideOthers_IsNotInternalOnly()
    {
        Assert.DoesNotContain(Read("- Ben je al personeelslid? Dan kan je ook deelnemen via de interne bevorderingsprocedure.").General, g => g.Kind == "internal-only");
    }
}
