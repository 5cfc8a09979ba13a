using Assistant.Core.Facts;
using Assistant.Knowledge.Cleaning;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Reading an unseen document's employer, title and pay (facts7): brands with their long form, federal services named in
/// full, abbreviated zones, regulators and shared OCMW mentions, titles that run on into the job's terms, amounts whose
/// basis a later sentence gives, tables of cells under a pay header. Invented employers and sentences.
/// </summary>
public sealed class Facts7ReadingTests
{
    [Theory]
    [InlineData("Federale Dienst voor Bodemkartering (FDBK)\nService fédéral de Cartographie des Sols (SFCS)\n\nCartograaf (m/v/x)\n\nJe tekent kaarten.", "Federale Dienst voor Bodemkartering (FDBK)")]
    [InlineData("Federale Dienst Luchtkwaliteit en Meetnetten (FDLM)\n\nAttaché meetnetten (m/v/x)\n\nJe beheert meetnetten.", "Federale Dienst Luchtkwaliteit en Meetnetten (FDLM)")]
    public void Find_FederalServiceNamedInFull_IsTheOrganisation(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("HUISWIJS OOSTERVELD-LAAGLAND\n\nIntergemeentelijke vereniging voor wonen van vier gemeenten\n\nWoonadviseur (m/v/x)\n\nJe adviseert huurders.", "Huiswijs Oosterveld-Laagland")]
    [InlineData("Zorgnet Bremdaal – welzijnsvereniging van de gemeenten Bremdaal en Ooit\n\nVerzorgende (m/v/x)\n\nJe verzorgt bewoners.", "Zorgnet Bremdaal")]
    [InlineData("Groenpunt Kemmel\nintercommunale voor groenbeheer in de regio\n\nTuinier (m/v/x)\n\nJe onderhoudt parken.", "Groenpunt Kemmel")]
    public void Find_BrandWithTheLongFormOfAnUnnamedBody_IsTheOrganisation(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("Medewerker onthaal (m/v/x)\n\nJe werkt aan het onthaal.\n\nPZ Lindeveld-Oost – vacature 2027/03 – pagina 1 van 2", "Politiezone Lindeveld-Oost")]
    [InlineData("Magazijnier (m/v/x)\n\nJe beheert het magazijn van de zone.\n\nHVZ Rivierland – pagina 1/3", "Hulpverleningszone Rivierland")]
    public void Find_ZoneAbbreviationInTheFooter_IsTheOrganisation(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Fact]
    public void Clean_FooterWithALetterhead_KeepsTheLetterheadOnceWithoutThePageNumber()
    {
        var sut = TextCleaner.Clean("Tekst.\n\nStad Voorbeeld – vacature 12 – pagina 1 van 2\n\nMeer tekst.\n\nStad Voorbeeld – vacature 12 – pagina 2 van 2");
        Assert.Contains("Stad Voorbeeld – vacature 12", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("pagina", sut, StringComparison.Ordinal);
        Assert.Equal(sut.IndexOf("Stad Voorbeeld", StringComparison.Ordinal), sut.LastIndexOf("Stad Voorbeeld", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zorghuis Elsdonk\n\nZorgkundige (m/v/x)\n\nJe bent geregistreerd als zorgkundige bij de FOD Volksgezondheid. Zorghuis Elsdonk biedt een vast contract.", "FOD Volksgezondheid")]
    [InlineData("AZ Meersdal\n\nVerpleegkundige (m/v/x)\n\nJe beschikt over een visum uitgereikt door de FOD Volksgezondheid.", "FOD Volksgezondheid")]
    [InlineData("Stad Ooievaart\n\nTeamleider (m/v/x)\n\nJe bent personeelslid van stad of OCMW Ooievaart. Je werkt bij OCMW Ooievaart of de stad.", "OCMW Ooievaart")]
    public void Find_RegulatorOrSharedOcmwMention_DoesNotBeatTheEmployer(string text, string notTheEmployer) =>
        Assert.NotEqual(notTheEmployer, TestKnowledge.FromText(text).Organisation);

    [Fact]
    public void Find_HospitalAbbreviation_IsTheOrganisation() =>
        Assert.Equal("AZ Meersdal", TestKnowledge.FromText("AZ Meersdal\n\nVerpleegkundige (m/v/x)\n\nJe beschikt over een visum uitgereikt door de FOD Volksgezondheid.").Organisation);

    [Theory]
    [InlineData("STAD VOORBEELD\n\nVACATURE\nArchivaris (m/v/x) niveau B – weddeschaal B1-B3 – voltijds – contractueel – onbepaalde duur – met aanleg van een wervingsreserve van twee jaar\n\nJe beheert het archief.", "Archivaris")]
    [InlineData("GEMEENTE VOORBEELD\n\nVACATURE\nDeskundige mobiliteit en verkeer (m/v/x) graad B1-B3 – voltijds (38/38) – contractueel, onbepaalde duur aanwerving + wervingsreserve\n\nJe plant fietsroutes.", "Deskundige mobiliteit en verkeer")]
    [InlineData("FEDERAAL INSTITUUT VOOR BODEMSTALEN (FIBS)\n\nSelectie van een Franstalige attaché geoloog (m/v/x)\n\nKlasse A1", "Attaché geoloog")]
    [InlineData("Aanwerving van twee voltijdse technici elektromechanica (m/v/x)\n\nDe gemeente zoekt technici.", "Technici elektromechanica")]
    public void FindTitle_TitleRunningOnIntoTermsOrAfterASelectionLeadIn_IsTheJob(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("Minimum bruto jaarsalaris: 21.500,00 EUR; maximum: 36.200,00 EUR. Deze bedragen zijn jaarbedragen aan index 100 (niet geïndexeerd).")]
    [InlineData("Je jaarwedde ligt tussen € 20.100 en € 33.900. Die bedragen staan aan 100% en worden vermenigvuldigd met de indexcoëfficiënt.")]
    [InlineData("Bruto jaarloon: minimum € 22.000, maximum € 35.000.\nBovenstaande bedragen zijn niet geïndexeerd.")]
    public void Salary_BasisGivenByALaterSentenceReferringBack_IsIndex100(string text)
    {
        var sut = TestKnowledge.FromText($"Boekhouder (B1-B3)\n\nSalaris\n\n{text}").Salary!;
        Assert.Equal("index-100", sut.Basis);
        Assert.Equal(SalaryPeriod.Year, sut.Period);
    }

    [Fact]
    public void Salary_LaterSentenceWithItsOwnAmount_GivesNoBasisBack()
    {
        var sut = TestKnowledge.FromText("Boekhouder (B1-B3)\n\nSalaris\n\nJe bruto maandloon is minimum € 2.800,00 en maximum € 4.100,00. Deze bedragen komen bovenop een premie van € 900,00 aan 100%.").Salary!;
        Assert.Null(sut.Basis);
    }

    [Theory]
    [InlineData("Wat we bieden, bruto per maand voltijds: jouw loon aan 19/38\nbegin (zonder anciënniteit): € 2.400,00: € 1.200,00\nmaximum van de schaal: € 3.300,00: € 1.650,00", 2400.00, 3300.00)]
    [InlineData("Verloning bruto maandloon | bedrag\nstart | € 2.550,00\neinde loopbaan | € 3.720,50", 2550.00, 3720.50)]
    public void Salary_RowsOfCellsUnderAPayHeader_AreThePay(string table, double min, double max)
    {
        var sut = TestKnowledge.FromText($"Kinderbegeleider (C1-C2)\n\nOns aanbod\n\n{table}\n\n- maaltijdcheques van € 8").Salary!;
        Assert.Equal(((decimal)min, (decimal)max), (sut.Min, sut.Max));
    }
}
