using Assistant.Knowledge.Cleaning;

namespace Assistant.Knowledge.Tests.Cleaning;

public sealed class SectionerTests
{
    [Fact]
    public void Split_GenreHeadings_GiveTitledSectionsWithOffsets()
    {
        var text = "Medewerker\n\nWat bieden wij?\n\nEen fijne job.\n\nSelectieprocedure\n\n- Schriftelijke proef\n\nDeel 2: Mondelinge proef (60 punten) – woensdag 12 juni 2024\nUitleg.";
        var sut = Sectioner.Split(text, []);
        Assert.Equal(["Medewerker", "Wat bieden wij?", "Selectieprocedure", "Deel 2: Mondelinge proef (60 punten) – woensdag 12 juni 2024"], sut.Select(s => s.Title));
        Assert.Equal("Een fijne job.", sut[1].Body(text));
        Assert.Equal("Uitleg.", sut[3].Body(text));
    }

    [Fact]
    public void Split_NumberedListItems_AreNotHeadings()
    {
        var text = "Voorwaarden\n\n2. Je bent niet in het bezit van een bachelordiploma maar slaagt voor een test die we organiseren\n\n3. Slagen voor het examen";
        Assert.Equal(["Voorwaarden"], Sectioner.Split(text, []).Select(s => s.Title));
    }

    [Fact]
    public void Split_HeadingHints_AreAlwaysHeadings()
    {
        var text = "intro\nmijn kop die lang is maar als kop gemarkeerd werd in de bron\ninhoud";
        var sut = Sectioner.Split(text, ["mijn kop die lang is maar als kop gemarkeerd werd in de bron"]);
        Assert.Equal("inhoud", sut.Single(s => s.Title.StartsWith("mijn kop", StringComparison.Ordinal)).Body(text));
    }
}
