using Assistant.Procedures.Search;

namespace Assistant.Procedures.Tests.Search;

public sealed class UnitSearchTests
{
    [Theory]
    [InlineData("Wie zit er in de selectiecommissie?", "nl")]
    [InlineData("Who sits on the selection board?", "en")]
    [InlineData("Qui compose le comité de sélection ?", "fr")]
    public void Search_CommitteeQuestionInAnyLanguage_FindsTheCommitteeArticle(string question, string language)
    {
        var sut = Samples.Library().SearchFor("hr");

        var best = sut.Search(question, language)[0];

        Assert.Equal("9", best.Unit.Article);
        Assert.True(best.Coverage >= 0.45, $"coverage {best.Coverage}");
    }

    [Fact]
    public void Search_SeparableVerb_MatchesTheCompound()
    {
        var library = new Assistant.Procedures.Library.ProcedureLibrary([Assistant.Procedures.Library.GeneralLoader.FromText("n.md", "# Nota\n\n## Wat de dienst klaarzet\n\n- een laptop\n- een badge\n\n## Wat de starter meebrengt\n\n- een foto")], []);

        var best = library.SearchFor("hr").Search("Wat zet de dienst klaar?", "nl")[0];

        Assert.Equal("Wat de dienst klaarzet", best.Unit.Section);
    }

    [Fact]
    public void Search_WordsTheDocumentsLack_LowerTheCoverageInDutch()
    {
        var sut = Samples.Library().SearchFor("hr");

        var hits = sut.Search("Hoeveel maaltijdcheques krijgt het personeel?", "nl");

        Assert.True(hits.Count == 0 || hits[0].Coverage < 0.45);
    }

    [Theory]
    [InlineData("kandidaten", "kandidaat")]
    [InlineData("bewaard", "bewaren")]
    [InlineData("resultaten", "resultaat")]
    public void Stem_InflectedForms_Meet(string a, string b) => Assert.Equal(TermText.Stem(a), TermText.Stem(b));

    [Fact]
    public void Search_StaffRole_SeesNoHrDocument()
    {
        var sut = Samples.Library(handbookAudience: "staff").SearchFor("staff");

        var hits = sut.Search("Wie zit er in de selectiecommissie?", "nl");

        Assert.DoesNotContain(hits, h => h.Unit.Document == "reglement.md");
    }
}
