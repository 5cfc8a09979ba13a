using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Lines of a requirement section that no rule must turn into a check: a bilingual label line above a part ("Diploma /
/// Diplôme"), a sentence that only refers back to conditions read elsewhere, and "geen nationaliteitsvoorwaarde" as no
/// nationality requirement (invented documents).
/// </summary>
public class RequirementLabelLineTests
{
    private static Assistant.Core.Facts.Requirements Read(string text) => TestKnowledge.FromText(text).Requirements;

    [Theory]
    [InlineData("Diploma / Diplôme")]
    [InlineData("Profiel | Profil")]
    [InlineData("Ervaring / Expérience / Experience")]
    [InlineData("Nationaliteit / Nationalité")]
    [InlineData("Rijbewijs / Permis de conduire")]
    public void IsLabel_BilingualLabelLine_IsALabel(string line)
    {
        Assert.True(RequirementRules.IsLabel(line));
    }

    [Theory]
    [InlineData("Rijbewijs B / C")]
    [InlineData("Bachelor / master")]
    [InlineData("Je hebt een diploma / getuigschrift secundair onderwijs.")]
    [InlineData("Diploma 2024 / 2025")]
    public void IsLabel_ARequirementWithASlash_IsNoLabel(string line)
    {
        Assert.False(RequirementRules.IsLabel(line));
    }

    [Fact]
    public void Extract_BilingualLabelsAboveTheirLines_AreNoUnreadRequirements()
    {
        var r = Read("Conditions d'admission / Toelatingsvoorwaarden\n\nDiploma / Diplôme\nJe hebt een masterdiploma in de chemie.\n\nNationaliteit / Nationalité\nEr is geen nationaliteitsvoorwaarde voor deze functie.\n\nTaal / Langue\nDe selectie verloopt in het Nederlands.\n");

        Assert.DoesNotContain(r.Unparsed, u => u.Citation.Quote.Contains('/'));
        Assert.Contains(r.General, g => g.Kind == "nationality" && g.Value == "none");
    }

    [Theory]
    [InlineData("Voor deze betrekking is geen nationaliteitsvoorwaarde van toepassing.")]
    [InlineData("Er geldt geen specifieke nationaliteitsvereiste.")]
    public void Extract_NoNationalityCondition_InOtherWords_IsNoRequirement(string line)
    {
        var r = Read($"Toelatingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n- {line}\n");

        Assert.Contains(r.General, g => g.Kind == "nationality" && g.Value == "none");
    }

    [Theory]
    [InlineData("- Je voldoet aan de diplomavereiste en het rijbewijs hierboven.")]
    [InlineData("- Je beschikt over het bovenvermelde diploma en rijbewijs.")]
    [InlineData("- Je voldoet aan de voorwaarden inzake diploma en rijbewijs zoals vermeld in het profiel.")]
    public void Extract_SentenceReferringBackToReadConditions_IsNoUnreadRequirement(string line)
    {
        var r = Read($"Profiel\n\n- Je hebt een masterdiploma in de biologie.\n- Je hebt een rijbewijs B.\n\nAanwervingsvoorwaarden\n\n{line}\n- Je bent medisch geschikt.\n");

        Assert.DoesNotContain(r.Unparsed, u => u.Touches.Contains("diploma") || u.Touches.Contains("licence"));
    }

    [Fact]
    public void Extract_BackReferenceToAnUnreadCondition_StaysUnread()
    {
        // No nationality condition was read anywhere: the reference to it cannot be checked through anything.
        var r = Read("Profiel\n\n- Je hebt een masterdiploma in de biologie.\n\nAanwervingsvoorwaarden\n\n- Je voldoet aan de diplomavereiste en de nationaliteitsvoorwaarde hierboven.\n");

        Assert.Contains(r.Unparsed, u => u.Touches.Contains("nationality"));
    }

    [Fact]
    public void Extract_FieldListClosedByCommaOf_KeepsEveryItem()
    {
        var r = Read("Toelatingsvoorwaarden\n\n- Je bent houder van een masterdiploma in de biologie, de bio-ingenieurswetenschappen: milieutechnologie, de landbouwkunde en tuinbouw, of de geografie (afstudeerrichting landschap).\n");

        var field = Assert.Single(r.Routes).DiplomaField;
        Assert.NotNull(field);
        Assert.Contains("geografie", field);
        Assert.Contains("milieutechnologie", field);
    }

    [Fact]
    public void Extract_OptionListAfterColonWithCommaOf_KeepsTheLastOption()
    {
        var r = Read("Toelatingsvoorwaarden\n\n- master in de ingenieurswetenschappen: werktuigkunde, of chemie;\n");

        Assert.Contains("chemie", Assert.Single(r.Routes).DiplomaField);
    }
}
