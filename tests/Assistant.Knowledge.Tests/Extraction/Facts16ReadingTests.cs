using Assistant.Core.Facts;
using Assistant.Knowledge.Cleaning;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Key facts as other employers lay them out (facts16): plain-text headings framed or underlined by rules, a list of
/// questions whose answers hold the requirements, the post number of a document that opens several posts, an employer
/// that is a polder or a watering, named with "&amp;", spelled by a hyphenated mail domain, or named after the job title
/// while a parent body is named more often. Invented employers and sentences.
/// </summary>
public sealed class Facts16ReadingTests
{
    [Theory]
    [InlineData("------------------------\nWIE ZOEKEN WE\n------------------------\nJe hebt een bachelordiploma.\n\n------------------------\nLOON\n------------------------\nSchaal B1-B3.", "WIE ZOEKEN WE")]
    [InlineData("Wat je meebrengt naar ons team\n==============================\nJe hebt een bachelordiploma.\n\nLoon\n====\nSchaal B1-B3.", "Wat je meebrengt naar ons team")]
    [InlineData("━━━━━━━━━━━━━━━━━━\nDit moet je kunnen voorleggen\n━━━━━━━━━━━━━━━━━━\nJe hebt een bachelordiploma.\n\n━━━━━━━━━━━━━━━━━━\nVerloning\n━━━━━━━━━━━━━━━━━━\nSchaal B1-B3.", "Dit moet je kunnen voorleggen")]
    public void Load_LineFramedOrUnderlinedByRules_IsAHeadingAndTheRuleNoText(string text, string heading)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var loaded = new TextLoader().Load(stream, "vacancy.txt");
        Assert.Contains(heading, loaded.HeadingHints);
        var cleaned = TextCleaner.Clean(loaded.Text);
        Assert.DoesNotContain("---", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("===", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("━━━", cleaned, StringComparison.Ordinal);
        Assert.Contains(heading, Sectioner.Split(cleaned, loaded.HeadingHints).Select(s => s.Title));
    }

    [Theory]
    [InlineData("Kortom\n\n------\nJe hebt een bachelordiploma.")]
    [InlineData("anciënniteit | 0 jaar | 5 jaar\n-------------+--------+-------\nB1-B3 | 3.000,00 | 3.400,00")]
    public void Load_RuleUnderARunningLineOrATableSeparator_GivesNoHeading(string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("Eerst een zin die doorloopt\n" + text));
        Assert.DoesNotContain("Eerst een zin die doorloopt", new TextLoader().Load(stream, "vacancy.txt").HeadingHints);
    }

    [Theory]
    [InlineData("VRAGEN EN ANTWOORDEN\n\nWelk diploma heb ik nodig?\nEen bachelor in de orthopedagogie of in het sociaal werk.\n\nKan ik deeltijds werken?\nNee.", DiplomaLevel.Bachelor)]
    [InlineData("Veelgestelde vragen\n\nWat moet ik kunnen voorleggen om mee te doen?\nEen getuigschrift van het hoger secundair onderwijs (ASO, TSO, KSO).\n\nIs er een proefperiode?\nNee.", DiplomaLevel.Secondary)]
    [InlineData("FAQ\n\nIk studeerde in het buitenland. Welk diploma vraagt u?\nEen masterdiploma in de rechten, of een gelijkwaardig verklaard diploma.", DiplomaLevel.Master)]
    public void Find_RequirementAnsweredUnderAQuestion_IsARoute(string text, DiplomaLevel level)
    {
        // No requirement section: the answers to the questions are where the document states its admission requirements.
        var sut = TestKnowledge.FromTextFile("Stad Voorbeeldmonde\n\nMEDEWERKER DIENSTVERLENING\n\nJe helpt burgers aan het loket.\n\n" + text);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == level);
    }

    [Theory]
    [InlineData("Openverklaring\n\nBETREKKING 1: parkwachter - fietspatrouille (m/v/x)\nBETREKKING 2: ploegbaas groen (m/v/x)\n\nJe werkt buiten.", "Parkwachter - fietspatrouille")]
    [InlineData("Vacatures\n\nFunctie A – Bibliotheekassistent (C1-C3)\n\nJe leent boeken uit.\n\nFunctie B – Bibliothecaris (B1-B3)\n\nJe leidt het team.", "Bibliotheekassistent")]
    [InlineData("Oproep\n\nPost 1: technicus HVAC (m/v/x)\n\nJe onderhoudt de installaties.\n\nPost 2: technicus elektriciteit (m/v/x)\n\nJe herstelt.", "Technicus HVAC")]
    public void Find_TitleOfTheFirstPost_HasNoPostNumber(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("POLDER VLIETENDAAL\nDijkweg 3 - Vlietendaal\n\nGrachtenruimer (m/v/x)\n\nJe ruimt grachten.", "Polder Vlietendaal")]
    [InlineData("Watering Zeeveld\n\nMedewerker pompgemaal (m/v/x)\n\nDe watering beheert 80 km waterlopen.", "Watering Zeeveld")]
    [InlineData("Natuurvallei Hoogmoer\nKerkweg 2 - Hoogmoer\n\nBoswachter (m/v/x)\n\nJe beheert het bos. Mail naar jobs@natuurvallei-hoogmoer.be.", "Natuurvallei Hoogmoer")]
    [InlineData("Jobs\n\nRedder (m/v/x)\n\nWerkgever: AGB Heidedorp Cultuur & Vrije Tijd\n\nJe bewaakt het zwembad.", "AGB Heidedorp Cultuur & Vrije Tijd")]
    public void Find_EmployerOfAnotherKindOrWithAnAmpersand_IsNamedInFull(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("Stad Oosterhaven > Districten > District Zandwijk\n\nParkwachter (m/v/x) - District Zandwijk\n\nHet district is een van de zes districten van de stad Oosterhaven. De stad Oosterhaven telt 300.000 inwoners. Interne kandidaten van de stad Oosterhaven mogen deelnemen.", "District Zandwijk")]
    [InlineData("Vlaamse overheid - Departement Omgeving\n\nDossierbehandelaar (A1-A3) | Agentschap Bodemzorg\n\nHet departement Omgeving stuurt het beleid. Het departement Omgeving heeft vijf afdelingen.", "Agentschap Bodemzorg")]
    [InlineData("Gemeente Rivierbeek\n\nBegeleider (m/v/x) bij het OCMW Rivierbeek\n\nDe gemeente Rivierbeek en de gemeente Rivierbeek-Oost werken samen. Gemeente Rivierbeek is mooi.", "OCMW Rivierbeek")]
    public void Find_BodyNamedAfterTheJobTitle_IsTheEmployerOverAParentNamedMoreOften(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("Het Nationaal Instituut voor Bodemkunde (NIB) zoekt een analist.\n\nAnalist (m/v/x)", "Nationaal Instituut voor Bodemkunde (NIB)")]
    [InlineData("Koninklijk Instituut voor Erfgoedstudie\n\nRestaurateur (m/v/x)\n\nHet Koninklijk Instituut voor Erfgoedstudie bewaart kunst.", "Koninklijk Instituut voor Erfgoedstudie")]
    public void Find_InstituteWithAnAdjective_IsNamedInFull(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);
}
