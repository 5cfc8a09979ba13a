using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A pass-mark cell with points and a percentage in any order ("minstens 36 (60%)", "30 punten (= 50 %)", "50% (30/60)"),
/// an each-step rule written as "op elk van beide", "voor beide proeven", "telkens"; a list lead that closes a paragraph;
/// the sentences that say how to apply. Invented employers and sentences.
/// </summary>
public sealed class Score13SelectionTests
{
    [Theory]
    [InlineData("minstens 30 (50%)")]
    [InlineData("30 punten (= 50 %)")]
    [InlineData("min. 30 pt - 50%")]
    [InlineData("50% (30 op 60)")]
    public void Find_MarkCellWithPointsAndPercent_GivesHalfOfSixty(string cell)
    {
        var facts = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie\n\nOnderdeel: Punten: Minimum\nPraktijkopdracht: 60: {cell}\nGesprek: 40: 20\n");

        var step = facts.SelectionSteps[0];
        Assert.Equal(60m, step.MaxPoints);
        Assert.Equal(50m, step.PassMark!.Percent);
    }

    [Theory]
    [InlineData("Je slaagt als je voor de praktijkopdracht en het gesprek samen minstens 60 van de 100 punten haalt, met op elk van beide minstens 45%.")]
    [InlineData("Je moet in totaal 60% halen en voor beide proeven minstens 45%.")]
    [InlineData("Geslaagd ben je met 60% op het geheel, waarbij je telkens minstens 45% behaalt.")]
    public void Find_EveryPartWithoutANoun_IsAnEachStepRule(string sentence)
    {
        var facts = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie\n\n1. Praktijkopdracht op 40 punten.\n2. Gesprek op 60 punten.\n\n{sentence}");

        Assert.Equal(45m, facts.PassRules.Single(r => r.Kind == "each-step").Percent);
        Assert.Equal(60m, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_ListLeadClosingAParagraph_ReadsTheList()
    {
        var documents = TestKnowledge.FromText("Technicus groendienst\n\nSolliciteren\n\nSolliciteren kan tot 3 maart via ons platform, het formulier sluit om 12 uur. Voeg toe:\n\n- je cv,\n- een kopie van je rijbewijs.\n").Documents;

        Assert.Contains(documents, d => d.Kind == "cv");
        Assert.Contains(documents, d => d.Name.Contains("rijbewijs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Je kandidatuur stel je uitsluitend via ons e-loket; per post sturen kan niet.")]
    [InlineData("Sollicitaties per mail worden niet aanvaard.")]
    [InlineData("Solliciteer via het online formulier op onze website.")]
    public void ApplicationChannel_WayToApply_IsFound(string sentence) =>
        Assert.Equal([sentence], DocumentRules.ApplicationChannel($"Solliciteren\n{sentence}\nVoor vragen over je sollicitatie: jobs@voorbeeld.be."));

    [Theory]
    [InlineData("De opdracht en het gesprek tellen samen voor 80 punten; je moet er minstens 48 halen.", 60)]
    [InlineData("Op het geheel (120 punten) moet je minimaal 72 punten behalen.", 60)]
    [InlineData("Samen staan beide delen op 50; wie minder dan 35 haalt, valt af.", 70)]
    public void Find_TotalAndMinimumInPointsOnly_IsATotalRule(string sentence, int percent)
    {
        var facts = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie\n\n- Een praktijkopdracht en een gesprek.\n- {sentence}");

        Assert.Equal((decimal)percent, facts.PassRules.Single(r => r.Kind == "total").Percent);
    }

    [Fact]
    public void Find_TwoMaximaInTheSentence_IsNoTotalRule()
    {
        var facts = TestKnowledge.FromText("Technicus groendienst\n\nSelectie\n\nDe opdracht staat op 40 punten en het gesprek samen met de presentatie op 60 punten; je moet minstens 20 halen.");

        Assert.DoesNotContain(facts.PassRules, r => r.Kind == "total");
    }

    [Theory]
    [InlineData("We beginnen met een schriftelijke proef (op 40 punten). Wie slaagt, gaat door naar een gesprek (op 60 punten).", "schriftelijke")]
    [InlineData("De selectie start met een praktijkproef op 30 punten. Wie de helft haalt, mag door naar een interview op 20 punten.", "praktijkproef")]
    [InlineData("Je begint met een online capaciteitstest. Wie minstens 50% haalt, gaat door naar het gesprek met de jury.", "capaciteitstest")]
    public void Find_ProseThatStartsWithAStep_ReadsThatStepAndTheNext(string sentence, string first)
    {
        var steps = TestKnowledge.FromText($"Technicus groendienst\n\nSelectie\n\n{sentence}").SelectionSteps;

        Assert.True(steps.Count >= 2, string.Join(" | ", steps.Select(s => s.Name)));
        Assert.Contains(first, steps[0].Name, StringComparison.OrdinalIgnoreCase);
    }
}
