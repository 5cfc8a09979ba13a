using Assistant.Knowledge.Index;

namespace Assistant.Knowledge.Tests.Index;

public sealed class PassageSplitterTests
{
    [Fact]
    public void Split_LineBrokenInsideSentence_JoinsTheLines()
    {
        var document = IndexTestData.Doc("x", "## Functie\nJe rapporteert rechtstreeks aan de teamleider \n\ncommunicatie. Je werkt zelfstandig.\n\nVolgende alinea.\n");

        var passages = PassageSplitter.Split(document);

        Assert.Contains(passages, p => p.Text(document.Text).Contains("teamleider \n\ncommunicatie.", StringComparison.Ordinal));
        Assert.All(passages, p => Assert.Equal("Functie", p.Section));
    }

    [Fact]
    public void Split_LongParagraph_CutsIntoSentenceWindowsWithinTheLimit()
    {
        var sentence = "Je werkt mee aan de uitbouw van een modern personeelsbeleid met aandacht voor welzijn en groei. ";
        var document = IndexTestData.Doc("x", "## Functie\n" + string.Concat(Enumerable.Repeat(sentence, 20)) + "\n");

        var passages = PassageSplitter.Split(document);

        Assert.True(passages.Count >= 5);
        Assert.All(passages, p => Assert.InRange(p.End - p.Start, 1, PassageSplitter.TargetLength));
        Assert.All(passages, p => Assert.EndsWith(".", p.Text(document.Text), StringComparison.Ordinal));
    }

    [Fact]
    public void Split_SectionsAndLongListItems_NeverShareAPassage()
    {
        var longItem = "• " + string.Join(' ', Enumerable.Repeat("Je ondersteunt collega's bij hun communicatie.", 3));
        var document = IndexTestData.Doc("x", $"## Aanbod\n• maaltijdcheques\n• fietsvergoeding\n{longItem}\n## Contact\nBel ons.\n");

        var passages = PassageSplitter.Split(document);

        Assert.Contains(passages, p => p.Section == "Aanbod" && p.Text(document.Text) == "• maaltijdcheques\n• fietsvergoeding");
        Assert.Contains(passages, p => p.Text(document.Text) == longItem);
        Assert.Contains(passages, p => p.Section == "Contact" && p.Text(document.Text) == "Bel ons.");
    }

    [Fact]
    public void Split_Abbreviations_DoNotEndASentence()
    {
        var text = string.Concat(Enumerable.Repeat("Je hebt o.a. ervaring met bv. Excel en dhr. Peeters helpt je. ", 12));
        var document = IndexTestData.Doc("x", "## Profiel\n" + text + "\n");

        var passages = PassageSplitter.Split(document);

        Assert.All(passages, p => Assert.EndsWith("helpt je.", p.Text(document.Text), StringComparison.Ordinal));
    }
}
