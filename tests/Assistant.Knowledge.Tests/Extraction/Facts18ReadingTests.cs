using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Admission routes as other employers write them (facts18): the conditions under a heading that asks who may apply ("Wie kan
/// solliciteren?", "Kom jij in aanmerking?", "Who can apply?"), which holds an application word but announces the requirements;
/// a way in without the diploma that names whatever must be passed instead, under a name no list of test words knows; being a student
/// worded as a status ("het statuut van student") or as "leerling of student"; a heading that names the job more fully than
/// the "… zoekt een X" sentence below it; an employer's own scale code with a hyphen ("eigen loonschaal ABC-4"). Invented
/// employers and sentences.
/// </summary>
public sealed class Facts18ReadingTests
{
    [Theory]
    [InlineData("txt", "Stad Oudeveld\n\nMedewerker onthaal (m/v/x)\n\nWIE KAN SOLLICITEREN?\nJe hebt een bachelordiploma in de communicatie.\nJe bent minstens 18 jaar.\n\nWAT BIEDEN WE?\nEen contract van onbepaalde duur.")]
    [InlineData("md", "# Medewerker onthaal (m/v/x)\n\nStad Oudeveld\n\n## Wie mag deelnemen?\n\n- Je hebt een bachelordiploma in de communicatie.\n- Je bent minstens 18 jaar.\n\n## Ons aanbod\n\nEen contract van onbepaalde duur.")]
    [InlineData("html", "<html><body><h1>Medewerker onthaal (m/v/x)</h1><p>Stad Oudeveld</p><h2>Kom jij in aanmerking?</h2><ul><li>Je hebt een bachelordiploma in de communicatie.</li><li>Je bent minstens 18 jaar.</li></ul><h2>Aanbod</h2><p>Een contract van onbepaalde duur.</p></body></html>")]
    [InlineData("docx", "# Medewerker onthaal (m/v/x)\nStad Oudeveld\n# Who can apply?\nJe hebt een bachelordiploma in de communicatie.\n# Aanbod\nEen contract van onbepaalde duur.")]
    public void Find_RequirementsUnderAHeadingAskingWhoMayApply_AreRoutes(string format, string document)
    {
        var facts = Read(format, document);
        Assert.Contains(facts.Requirements.Routes, r => r is { Audience: RouteAudience.External, Diploma: DiplomaLevel.Bachelor });
    }

    [Theory]
    [InlineData("txt", "Gemeente Zeeveld\n\nJobstudenten zomer\n\nWIE KAN SOLLICITEREN?\nJe bent ingeschreven als student.\n\nEen diploma is niet nodig.\n\nLOON\nEUR 12,00 per uur.")]
    [InlineData("md", "# Jobstudent zwembad\n\nGemeente Zeeveld\n\n## Wie mag solliciteren?\n\nIedereen die student is. Je hoeft geen diploma te hebben: er is geen diplomavereiste.\n\n## Loon\n\nEUR 12,00 per uur.")]
    public void Find_NoDiplomaNeededUnderAHeadingAskingWhoMayApply_IsARouteWithoutDiploma(string format, string document)
    {
        var facts = Read(format, document);
        Assert.Contains(facts.Requirements.Routes, r => r is { Audience: RouteAudience.External, Diploma: DiplomaLevel.None });
    }

    [Theory]
    [InlineData("Je hebt een diploma van het hoger secundair onderwijs. Heb je dat diploma niet, dan ben je al geslaagd voor de generieke screening niveau C van de overheid.", "generieke screening niveau C")]
    [InlineData("Je hebt een diploma secundair onderwijs. Zonder dat diploma kan je toch deelnemen als je slaagt voor een toets algemene vaardigheden.", "toets algemene vaardigheden")]
    [InlineData("Je bezit een diploma van het secundair onderwijs; bezit je geen diploma, dan moet je eerst slagen voor de instapproef van de provincie.", "instapproef")]
    public void Find_WayInWithoutTheDiplomaNamingWhatToPass_IsARouteWithThatTest(string requirement, string test)
    {
        var facts = TestKnowledge.FromMarkdown($"# Medewerker logistiek (m/v/x)\n\nProvincie Heidevoort · niveau C\n\n## Toelatingsvoorwaarden\n\n1. {requirement}\n2. Je bent minstens 18 jaar.\n\n## Aanbod\n\nEen voltijds contract.");
        var routes = facts.Requirements.Routes;
        Assert.Contains(routes, r => r is { Audience: RouteAudience.External, Diploma: DiplomaLevel.Secondary });
        var without = Assert.Single(routes, r => r.Diploma == DiplomaLevel.None);
        Assert.Contains(without.Alternative, a => a.Name.StartsWith(test, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Find_WayInWithoutTheDiplomaThatNamesNothingToPass_IsNoRoute()
    {
        // Nothing replaces the diploma: no route that would admit anyone.
        var facts = TestKnowledge.FromMarkdown("# Medewerker logistiek (m/v/x)\n\nProvincie Heidevoort\n\n## Toelatingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs. Heb je dat diploma niet, neem dan contact op met de personeelsdienst.\n\n## Aanbod\n\nEen voltijds contract.");
        Assert.DoesNotContain(facts.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
    }

    [Theory]
    [InlineData("Je hebt het statuut van student (je volgt les in het secundair of hoger onderwijs).")]
    [InlineData("Je bent ingeschreven als leerling of student in een school of hogeschool.")]
    [InlineData("Je hebt het studentenstatuut tijdens de hele zomer.")]
    public void Find_StudentStatusWordedAsAStatusOrAsPupilOrStudent_IsTheStudentCondition(string line)
    {
        var facts = TestKnowledge.FromMarkdown($"# Jobstudent sporthal\n\nGemeente Zeeveld\n\n## Wie kan solliciteren?\n\n- {line}\n- Je bent minstens 16 jaar.\n\n## Loon\n\nEUR 12,00 per uur.");
        Assert.Contains(facts.Requirements.General, g => g.Kind == "student");
    }

    [Theory]
    [InlineData("# Projectmedewerker erfgoed en trage wegen\n\n**Stad Zeeveld** zoekt een projectmedewerker (m/v/x) voor een nieuw project.\n\n## Wat ga je doen?\n\n- Je brengt paden in kaart.", "Projectmedewerker erfgoed en trage wegen")]
    [InlineData("# Coördinator vrije tijd en cultuur\n\nGemeente Oudeveld zoekt een coördinator (m/v/x), voltijds.\n\n## Jouw taken\n\n- Je organiseert evenementen.", "Coördinator vrije tijd en cultuur")]
    public void Find_HeadingThatStartsWithTheJobTheSentenceSeeks_IsTheFullerTitle(string document, string title) =>
        Assert.Equal(title, TestKnowledge.FromMarkdown(document).Title);

    [Theory]
    [InlineData("Natuurpunt Zeeveld vzw\n\nEcoloog (m/v/x)\n\nContract van bepaalde duur · eigen loonschaal NZV-5", "NZV-5")]
    [InlineData("Sportregio Oudeveld\n\nSportfunctionaris (m/v/x)\n\nJe wordt verloond in loongroep SRO 3 van onze vzw.", "SRO3")]
    [InlineData("Havenbedrijf Zeeveld\n\nSluiswachter (m/v/x)\n\nVerloning: salarisklasse HBZ-12.", "HBZ-12")]
    public void Find_EmployersOwnScaleCodeWithAHyphenOrFourLetters_IsTheScaleAsWritten(string text, string scale)
    {
        var facts = TestKnowledge.FromText(text);
        Assert.Equal(scale, facts.Scale);
        Assert.Null(facts.Level);
    }

    private static VacancyFacts Read(string format, string document) => format switch
    {
        "md" => TestKnowledge.FromMarkdown(document),
        "html" => TestKnowledge.FromHtml(document),
        "docx" => TestKnowledge.FromDocxBlocks(document.Split('\n')),
        _ => TestKnowledge.FromTextFile(document),
    };
}
