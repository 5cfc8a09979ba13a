using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// General conditions read by their parts from invented lines: a nationality phrased by whoever wrote it, a language line
/// judged sentence by sentence, and the language a diploma must be issued in, with the proof that replaces it.
/// </summary>
public class Elig7GeneralConditionTests
{
    private static Requirements Read(string lines) =>
        TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Er is geen diplomavereiste.\n{lines}").Requirements;

    [Theory]
    [InlineData("- Nationaliteit: je bent Belg of onderdaan van een andere lidstaat van de Europese Economische Ruimte of van de Zwitserse Bondsstaat.", "EEA+CH")]
    [InlineData("- 1° burger zijn van een lidstaat van de Europese Unie;", "EU")]
    [InlineData("- Nationaliteit: Belg of EU-burger.", "EU")]
    [InlineData("- Kandidaten zijn onderdanen van een land van de EER.", "EEA")]
    [InlineData("- Je bent Belg.", "BE")]
    [InlineData("- U bent Belgisch staatsburger.", "BE")]
    [InlineData("- Vous êtes belge.", "BE")]
    public void Extract_NationalityInAnyPhrasing_IsReadWithItsArea(string line, string area)
    {
        var r = Read(line);

        Assert.Equal(area, Assert.Single(r.General, g => g.Kind == "nationality").Value);
        Assert.DoesNotContain(r.Unparsed, u => u.Touches.Contains("nationality"));
    }

    [Theory]
    [InlineData("- Je helpt burgers aan het loket met hun vragen.")]
    [InlineData("- Nationaliteit: geen vereiste.")]
    public void Extract_NoNationalityCondition_IsNotReadAsOne(string line)
    {
        Assert.DoesNotContain(Read(line).General, g => g.Kind == "nationality" && g.Value != "none");
    }

    [Theory]
    [InlineData("- Je diploma moet in het Nederlands behaald zijn of je bewijst je kennis van het Nederlands met een taalcertificaat. Kennis van het Frans is een troef.")]
    [InlineData("- Je diploma moet behaald zijn in het Nederlands. Heb je een diploma in een andere taal, dan heb je een taalattest nodig (art. 7).")]
    [InlineData("- Je hebt een Nederlandstalig diploma; anders leg je een taalexamen af bij Selor.")]
    public void Extract_DiplomaLanguage_IsALanguageRequirementQuotedWithItsProof(string line)
    {
        var r = Read(line);

        var language = Assert.Single(r.General, g => g.Kind == "language");
        Assert.Matches("(?i)taal(certificaat|attest|examen)", language.Citation.Quote);
        Assert.DoesNotContain(r.Unparsed, u => u.Citation.Quote.Contains("Nederlands", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LanguageAssetNextToALanguageRequirement_StillReadsTheRequirement()
    {
        Assert.Contains(Read("- Goede kennis van het Nederlands (niveau B2). Engels is een pluspunt.").General, g => g.Kind == "language" && g.Value == "B2");
    }

    [Fact]
    public void Extract_LanguageOnlyAsAnAsset_IsNoRequirement()
    {
        Assert.DoesNotContain(Read("- Kennis van het Nederlands op niveau C1 is een pluspunt.").General, g => g.Kind == "language");
    }
}
