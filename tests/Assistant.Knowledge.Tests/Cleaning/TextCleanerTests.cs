using Assistant.Knowledge.Cleaning;

namespace Assistant.Knowledge.Tests.Cleaning;

public sealed class TextCleanerTests
{
    [Fact]
    public void Clean_Boilerplate_IsDropped()
    {
        var raw = "google.com, pub-1234567890, DIRECT, f08c47fec0942fa0\n/_images_upload/_tn_abc.jpg\nSnel zoeken\nVacature\n\nPagina 5 van 8\n\nDe site gebruikt cookies om voorkeuren te onthouden.\ngtag('config', 'x');\nInhoud blijft.";
        var sut = TextCleaner.Clean(raw);
        Assert.Equal("Vacature\n\nInhoud blijft.", sut);
    }

    [Theory]
    [InlineData("Voeg toe:\no een motivatiebrief;\no Je laatste evaluatie.", "Voeg toe:\n- een motivatiebrief;\n- Je laatste evaluatie.")]
    [InlineData("o zo mooi is het hier", "o zo mooi is het hier")]
    public void Clean_LetterOAsBullet_BecomesADash(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }

    [Fact]
    public void Clean_BrokenSentenceAcrossBlankLines_IsJoined()
    {
        var sut = TextCleaner.Clean("De stad zoekt een medewerker met een prestatie van \n\n38u per week en een goed \n\nhumeur.");
        Assert.Equal("De stad zoekt een medewerker met een prestatie van 38u per week en een goed humeur.", sut);
    }

    [Theory]
    [InlineData("Solliciteren kan tot en met\nMaandag 18 januari 2027.", "Solliciteren kan tot en met Maandag 18 januari 2027.")]
    [InlineData("Stuur je cv uiterlijk op\n\nvrijdag 5 maart 2027.", "Stuur je cv uiterlijk op vrijdag 5 maart 2027.")]
    [InlineData("Je maakt daar effectief gebruik van\n\nVerruimende bepaling", "Je maakt daar effectief gebruik van\n\nVerruimende bepaling")]
    public void Clean_DateCutAfterADanglingWord_IsJoinedButHeadingsStay(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }

    [Theory]
    [InlineData("BIBLIOTHECARIS (m/v/x)\nvoltijds - contractueel", "BIBLIOTHECARIS (m/v/x)\nvoltijds - contractueel")]
    [InlineData("VACATURE BOEKHOUDER\nniveau B - voltijds", "VACATURE BOEKHOUDER\nniveau B - voltijds")]
    [InlineData("Wij zoeken een tuinier\nvoor het park", "Wij zoeken een tuinier voor het park")]
    public void Clean_TitleInCapitals_IsNotJoinedWithALowerCaseLine(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }

    [Fact]
    public void Clean_TableRowsFromALoader_StayOnePerLine()
    {
        var sut = TextCleaner.Clean("Anciënniteit: Bruto maandloon\n0 jaar: 2.800,00\n5 jaar: 3.100,00");
        Assert.Equal("Anciënniteit: Bruto maandloon\n0 jaar: 2.800,00\n5 jaar: 3.100,00", sut);
    }

    [Fact]
    public void Clean_Bullets_AreNormalisedAndContinuationsJoined()
    {
        var sut = TextCleaner.Clean("• eerste punt dat verder\nloopt op de volgende regel\n▪ tweede punt\no Met 5 jaar anciënniteit: € 10");
        Assert.Equal("- eerste punt dat verder loopt op de volgende regel\n- tweede punt\n- Met 5 jaar anciënniteit: € 10", sut);
    }

    [Fact]
    public void Clean_LinkAnnotationDuplicatingTheText_IsDropped()
    {
        var sut = TextCleaner.Clean("Mail naar info@voorbeeld.be voor vragen.\nmailto:info@voorbeeld.be\nhttps://elders.example/pad");
        Assert.Equal("Mail naar info@voorbeeld.be voor vragen.\n\nhttps://elders.example/pad", sut);
    }

    [Fact]
    public void Clean_PageFooterWithDocumentName_KeepsTheNameOnceWithoutThePageNumber()
    {
        // The letterhead before the page number often is the only line naming the employer (facts7).
        Assert.Equal("Tekst.\nOCMW X – vacature", TextCleaner.Clean("Tekst.\nOCMW X – vacature – pagina 1 van 2\nOCMW X – vacature – pagina 2 van 2"));
    }

    [Theory]
    [InlineData("Mail je cv naar jobs@gemeente-\nvoorbeeld.be voor vragen.", "Mail je cv naar jobs@gemeente-voorbeeld.be voor vragen.")]
    [InlineData("Meer info op www.stad-\nvoorbeeld.be en verder.", "Meer info op www.stad-voorbeeld.be en verder.")]
    [InlineData("Een goede samen-\nwerking is belangrijk.", "Een goede samenwerking is belangrijk.")]
    public void Clean_HyphenAtLineEnd_IsKeptInsideAnAddressOnly(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }
    [Theory]
    [InlineData("Je bent bachelor in de verpleegkunde, of gegradueerde verpleegkundige\n(HBO5 Verpleegkunde).", "Je bent bachelor in de verpleegkunde, of gegradueerde verpleegkundige (HBO5 Verpleegkunde).")]
    [InlineData("Je hebt een diploma van het secundair onderwijs uitgereikt door de Gemeenschap\n(Vlaamse of Franse Gemeenschap);", "Je hebt een diploma van het secundair onderwijs uitgereikt door de Gemeenschap (Vlaamse of Franse Gemeenschap);")]
    [InlineData("Communicatiemedewerker\n(M/V/X)", "Communicatiemedewerker\n(M/V/X)")]
    [InlineData("Je werkt in een team van twaalf collega's op de dienst\n(Zie ook onze website voor meer uitleg over de dienst en het team.)", "Je werkt in een team van twaalf collega's op de dienst\n(Zie ook onze website voor meer uitleg over de dienst en het team.)")]
    public void Clean_BracketedAsideClosingASentence_IsJoinedToIt(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }

    [Theory]
    [InlineData("Diploma | Een diploma secundair onderwijs of\n| een getuigschrift HSO.", "Diploma | Een diploma secundair onderwijs of een getuigschrift HSO.")]
    [InlineData("Ervaring      | Minstens 2 jaar als magazijnier\n              | of als chauffeur.", "Ervaring | Minstens 2 jaar als magazijnier of als chauffeur.")]
    [InlineData("| Diploma | Bachelor |\n| Ervaring | 2 jaar |", "| Diploma | Bachelor |\n| Ervaring | 2 jaar |")]
    public void Clean_WrappedTableCell_IsJoinedToItsRow(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }
}
