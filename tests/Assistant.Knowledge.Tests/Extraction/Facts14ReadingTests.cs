namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Key facts as other employers write them (facts14): a category or a count of posts before the title, a named site,
/// department or translation after a dash or bar, a staff category in brackets; an employer named by its kind of housing
/// company or only with its legal form; an application deadline counted from the publication date. Invented employers.
/// </summary>
public sealed class Facts14ReadingTests
{
    [Theory]
    [InlineData("Vacatures\n\nTechnische functies: elektricien (m/v/x)\n\nJe onderhoudt de installaties.", "Elektricien")]
    [InlineData("Werken bij de zone\n\nOperationeel personeel: brandweerman-chauffeur (m/v/x)\n\nJe rukt uit.", "Brandweerman-chauffeur")]
    [InlineData("Jobs\n\nAdministratieve functies: medewerker personeelsdienst (C1-C3)\n\nJe verwerkt de lonen.", "Medewerker personeelsdienst")]
    [InlineData("Stad Zilverbeek\n\nStudentenjob: monitor of redder\n\nJe werkt minstens twee weken.", "Studentenjob: monitor of redder")]
    public void Find_CategoryBeforeAColon_IsNotPartOfTheTitle(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("Vacatures\n\nBoswachter – Natuurdomein De Heide (m/v/x)\n\nJe beheert het bos.", "Boswachter")]
    [InlineData("Vacatures\n\nMedewerker onthaal | Sportcentrum Ter Elst\n\nJe ontvangt bezoekers.", "Medewerker onthaal")]
    [InlineData("Vacatures\n\nMonteur (C1-C3) - Technische Dienst Noord\n\nJe herstelt pompen.", "Monteur")]
    [InlineData("Vacatures\n\nMedewerker onthaal – dienst burgerzaken\n\nProfiel", "Medewerker onthaal – dienst burgerzaken")]
    public void Find_NamedSiteOrDepartmentAfterADash_IsNotPartOfTheTitle(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("Vacature\n\n3 verpleegkundigen nachtdienst (m/v/x)\n\nJe verzorgt bewoners.", "Verpleegkundige nachtdienst")]
    [InlineData("VACATURE: TWEE ADMINISTRATIEF MEDEWERKERS (C1-C3)\n\nJe werkt aan het loket.", "Administratief medewerker")]
    [InlineData("Vacature\n\n2 technisch assistenten-chauffeur (D1-D3)\n\nJe rijdt met de vrachtwagen.", "Technisch assistent-chauffeur")]
    public void Find_CountOfPostsBeforeThePlural_IsTheJobInTheSingular(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("Vacature\n\nConsulent logistiek (CALog niveau B)\n\nJe beheert de voorraad.", "Consulent logistiek")]
    [InlineData("Vacature\n\nInspecteur wijkwerking (graad A1)\n\nJe leidt de wijkpost.", "Inspecteur wijkwerking")]
    public void Find_StaffCategoryInBrackets_IsRemovedWhole(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("WOONMAATSCHAPPIJ ZEVENBRONNEN cv\nSociale huurwoningen in drie gemeenten\n\nVACATURE\nHersteller (m/v/x)\n\nJe herstelt woningen.", "Woonmaatschappij Zevenbronnen")]
    [InlineData("Huisvestingsmaatschappij Lindeveld verhuurt 900 woningen.\n\nOnthaalmedewerker (m/v/x)\n\nJe helpt huurders.", "Huisvestingsmaatschappij Lindeveld")]
    [InlineData("Sportfonds Heidebos vzw\n\nRedder (m/v/x)\n\nJe bewaakt het zwembad.", "Sportfonds Heidebos")]
    [InlineData("Politiezone Waterdam-Hoeven\n\nInspecteur (m/v/x)\n\nDe Politiezone Waterdam-Hoeven (hierna: PZ WAH) zoekt een inspecteur. PZ WAH werkt in twee gemeenten. PZ WAH biedt een vast contract.", "Politiezone Waterdam-Hoeven")]
    [InlineData("Hulpverleningszone Oostkust\n\nBrandweerman (m/v/x)\n\nHVZ OK zoekt brandweerlieden. HVZ OK heeft vier posten. Solliciteer bij HVZ OK.", "Hulpverleningszone Oostkust")]
    public void Find_EmployerByItsKindLegalFormOrShortName_IsTheOrganisation(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("Solliciteren\n\nStuur je kandidatuur ten laatste drie weken na de publicatiedatum naar jobs@voorbeeld.be.\n\nPublicatiedatum: 4 januari 2027", 2027, 1, 25, null)]
    [InlineData("Solliciteren\n\nJe sollicitatie moet ons uiterlijk 14 kalenderdagen na de publicatie van deze vacature bereiken, vóór 12 uur.\n\nGepubliceerd op 4 januari 2027", 2027, 1, 18, "12:00")]
    [InlineData("Kandidaatstelling\n\nKandidaturen worden aanvaard binnen de tien werkdagen na de bekendmaking.\n\nDatum publicatie: 4 januari 2027", 2027, 1, 18, null)]
    public void Find_DeadlineCountedFromThePublication_IsThatDate(string text, int year, int month, int day, string? time)
    {
        var sut = TestKnowledge.FromText(text, new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1)));
        Assert.Equal(new DateOnly(year, month, day), sut.ApplicationDeadline?.LastDay);
        Assert.Equal(time, sut.ApplicationDeadline?.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Find_DeadlineCountedFromAnUnstatedPublication_IsNone()
    {
        var sut = TestKnowledge.FromText("Solliciteren\n\nStuur je kandidatuur ten laatste drie weken na de publicatie naar jobs@voorbeeld.be.");
        Assert.Null(sut.ApplicationDeadline);
    }
}
