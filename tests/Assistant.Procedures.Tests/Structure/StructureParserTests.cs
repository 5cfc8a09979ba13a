using Assistant.Procedures.Library;
using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Tests.Structure;

public sealed class StructureParserTests
{
    private static readonly DocumentMeta Meta = new("Test", ProcedureAudience.Hr);

    [Fact]
    public void Parse_NumberedArticlesWithParagraphs_GivesOneUnitPerParagraph()
    {
        var text = "HOOFDSTUK 2. DE JURY\n\nArtikel 31. § 1. De jury telt drie leden.\n§ 2. De voorzitter wordt aangeduid.\n1° een lid;\n2° een ander lid.\n\nArt. 32bis. Een los artikel.";

        var sut = StructureParser.Parse(text, [], "r.txt", Meta);

        Assert.Collection(sut,
            u => Assert.Equal(("31", "1", "De jury telt drie leden."), (u.Article, u.Paragraph, u.Text)),
            u => Assert.Equal(("31", "2", "De voorzitter wordt aangeduid.\n1° een lid;\n2° een ander lid."), (u.Article, u.Paragraph, u.Text)),
            u => Assert.Equal(("32bis", (string?)null, "Een los artikel."), (u.Article, u.Paragraph, u.Text)));
        Assert.All(sut, u => Assert.Equal("HOOFDSTUK 2. DE JURY", u.Chapter));
        Assert.Equal("Art. 31 §2", sut[1].Label);
    }

    [Fact]
    public void Parse_StepsAndChecklistUnderHeadings_GivesListsWithTheirIntroduction()
    {
        var text = "Voorbereiding\n\nStap 1. Stuur de brief.\nStap 2. Plan het gesprek.\n\nEerste dag\n\nDe starter brengt mee:\n- [ ] identiteitskaart\n- [x] diploma";

        var sut = StructureParser.Parse(text, ["Voorbereiding", "Eerste dag"], "h.md", Meta);

        var steps = sut.Where(u => u.Kind == UnitKind.Step).ToList();
        Assert.Equal(["Stuur de brief.", "Plan het gesprek."], steps.Select(u => u.Text));
        Assert.Equal(["1", "2"], steps.Select(u => u.Number));
        var items = sut.Where(u => u.Kind == UnitKind.Item).ToList();
        Assert.Equal(["identiteitskaart", "diploma"], items.Select(u => u.Text));
        Assert.All(items, u => Assert.Equal("De starter brengt mee:", u.ListIntro));
        Assert.NotEqual(steps[0].ListId, items[0].ListId);
        Assert.Equal("Eerste dag", items[0].Section);
    }

    [Fact]
    public void Parse_TableRows_KeepTheHeaderRow()
    {
        var text = "Wie beslist\n\nBeslissing: Bevoegd\nAanstelling: college\nOntslag: raad";

        var sut = StructureParser.Parse(text, ["Wie beslist"], "t.md", Meta);

        Assert.Equal(["Aanstelling: college", "Ontslag: raad"], sut.Select(u => u.Text));
        Assert.All(sut, u => Assert.Equal(("Beslissing: Bevoegd", UnitKind.TableRow), (u.TableHeader, u.Kind)));
    }

    [Fact]
    public void FromText_MarkdownWithFrontMatter_TakesTheAudienceFromIt()
    {
        var sut = GeneralLoader.FromText("n.md", "---\naudience: staff\ntitle: Nota\n---\n# Nota\n\nArt. 1. Tekst.");

        Assert.Equal(ProcedureAudience.Staff, sut.Meta.Audience);
        Assert.All(sut.Units, u => Assert.Equal((ProcedureAudience.Staff, "Nota"), (u.Audience, u.DocumentTitle)));
        Assert.Contains(sut.Units, u => u.Article == "1");
    }
}
