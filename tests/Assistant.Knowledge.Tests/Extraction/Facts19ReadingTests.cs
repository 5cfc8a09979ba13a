using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Key facts as other employers write them (facts19): a statement that no diploma is asked in other words than "geen diploma
/// vereist" (the verb first, the employer as subject, a label with its value), a heading that announces the accepted diplomas or
/// who the job is for, and an employer that is a university, a university college or a community institution. Invented
/// employers and sentences.
/// </summary>
public sealed class Facts19ReadingTests
{
    [Theory]
    [InlineData("Een diploma vragen we niet.")]
    [InlineData("Wij eisen geen diploma: je leert alles op de werkvloer.")]
    [InlineData("Je hoeft geen diploma voor te leggen.")]
    [InlineData("Een diploma is niet noodzakelijk.")]
    [InlineData("Diploma's spelen geen rol bij deze functie.")]
    [InlineData("Er zijn geen opleidingsvereisten.")]
    [InlineData("Diploma: geen")]
    [InlineData("Vereist diploma: niet van toepassing")]
    public void Extract_NoDiplomaAskedInOtherWords_IsAnExternalRouteWithoutDiploma(string sentence)
    {
        var sut = TestKnowledge.FromText($"Chauffeur (D1-D3)\n\nWat vragen we?\n\n- {sentence}\n- Je bent stipt.");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((RouteAudience.External, DiplomaLevel.None, 0), (route.Audience, route.Diploma, route.Alternative.Count));
    }

    [Theory]
    [InlineData("We vragen geen diploma in een bepaalde richting, wel een bachelordiploma.")]
    [InlineData("Je hebt een bachelordiploma. We vragen geen diploma van een specifieke hogeschool.")]
    public void Extract_NoDiplomaOfAKindButALevel_IsTheLevel(string sentence)
    {
        var sut = TestKnowledge.FromText($"Consulent (B1-B3)\n\nWat vragen we?\n\n- {sentence}\n- Je bent stipt.");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.None);
    }

    [Fact]
    public void Extract_InternalStaffNeedNotShowADiploma_IsNoRouteForAnyone()
    {
        var sut = TestKnowledge.FromText("Voorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n- Interne kandidaten hoeven geen diploma te tonen.");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.None && r.Alternative.Count == 0);
    }

    [Theory]
    [InlineData("# Leraar (m/v/x)\n\n## Bekwaamheidsbewijzen\n\n- Bachelor in het onderwijs: lager onderwijs\n\n## Solliciteren\n\nMail je cv.")]
    [InlineData("# Zorgkundige (m/v/x)\n\n## Voor wie is deze job?\n\n- Bachelor in de verpleegkunde\n\n## Solliciteren\n\nMail je cv.")]
    [InlineData("# Medewerker (m/v/x)\n\n## Aanvaarde studiebewijzen\n\n- Professionele bachelor in de bedrijfskunde\n\n## Solliciteren\n\nMail je cv.")]
    public void Extract_HeadingOfAcceptedDiplomasOrWhoTheJobIsFor_GivesTheRoute(string document)
    {
        var sut = TestKnowledge.FromMarkdown(document);

        Assert.Equal(DiplomaLevel.Bachelor, Assert.Single(sut.Requirements.Routes).Diploma);
    }

    [Theory]
    [InlineData("Jobs\n\nLaborant (m/v/x)\n\nDe Universiteit Zandhoven zoekt een laborant voor haar vakgroep. Je werkt in het labo van de Universiteit Zandhoven.", "Universiteit Zandhoven")]
    [InlineData("Vacature\n\nOpvoeder (m/v/x)\n\nGemeenschapsinstelling De Linde zoekt een opvoeder. Gemeenschapsinstelling De Linde begeleidt jongeren.", "Gemeenschapsinstelling De Linde")]
    [InlineData("Vacature\n\nDocent (m/v/x)\n\nHogeschool Veldmere zoekt een docent. Je geeft les aan de Hogeschool Veldmere.", "Hogeschool Veldmere")]
    public void Find_UniversityCollegeOrCommunityInstitution_IsTheEmployer(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);
    [Theory]
    [InlineData("Andere diploma's, zoals een diploma secundair onderwijs, komen voor deze functie niet in aanmerking.")]
    [InlineData("Een diploma secundair onderwijs of een graduaat aanvaarden we niet.")]
    [InlineData("Diploma's van het secundair onderwijs zijn uitgesloten.")]
    public void Extract_LowerDiplomasNamedToExcludeThem_AreNoRoute(string sentence)
    {
        var sut = TestKnowledge.FromMarkdown($"# Leraar (m/v/x)\n\n## Diplomavereisten\n\n- Bachelor in het onderwijs: lager onderwijs\n- {sentence}\n\n## Solliciteren\n\nMail je cv.");

        Assert.Equal(DiplomaLevel.Bachelor, Assert.Single(sut.Requirements.Routes).Diploma);
    }

    [Theory]
    [InlineData("Wie geen diploma secundair onderwijs heeft, komt niet in aanmerking.")]
    [InlineData("Kandidaten zonder diploma secundair onderwijs komen niet in aanmerking.")]
    public void Extract_DiplomaAskedByExcludingThoseWithout_StaysTheRoute(string sentence)
    {
        var sut = TestKnowledge.FromMarkdown($"# Medewerker (m/v/x)\n\n## Voorwaarden\n\n- {sentence}\n\n## Solliciteren\n\nMail je cv.");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
    }

    [Theory]
    [InlineData("## Profiel 1 – salarisschaal B1-B3\n\n- Je hebt een bachelordiploma in de chemie.")]
    [InlineData("## Instapprofiel A (barema B1-B3)\n\n- Je hebt een bachelordiploma in de chemie.")]
    [InlineData("## Functieprofiel en loonschaal B1-B3\n\n- Je hebt een bachelordiploma in de chemie.")]
    public void Extract_HeadingNamingAProfileAndItsScale_GivesTheProfileRoute(string section)
    {
        var sut = TestKnowledge.FromMarkdown($"# Laborant (m/v/x)\n\n## Jouw job\n\nJe voert analyses uit.\n\n{section}\n\n## Solliciteren\n\nMail je cv.");

        Assert.Equal(DiplomaLevel.Bachelor, Assert.Single(sut.Requirements.Routes).Diploma);
    }

    [Theory]
    [InlineData("## Profiel 1 – salarisschaal B1-B3\n\n- Je hebt een bachelordiploma in de chemie.\n\n## Profiel 2 – salarisschaal C1-C3\n\n- Je hebt een diploma secundair onderwijs.")]
    [InlineData("### Profiel A: barema B1-B3\n\n- Je hebt een bachelordiploma in de chemie.\n\n### Profiel B: barema C1-C3\n\n- Je hebt een diploma secundair onderwijs.")]
    [InlineData("## Profiel I – niveau B\n\n- Je hebt een bachelordiploma in de chemie.\n\n## Profiel II – niveau C\n\n- Je hebt een diploma secundair onderwijs.")]
    public void Extract_EntryProfilesNamedByTheirScale_AreWaysIntoOneJob(string sections)
    {
        var sut = TestKnowledge.FromMarkdown($"# Laborant (m/v/x)\n\n## Jouw job\n\nJe voert analyses uit.\n\n{sections}\n\n## Solliciteren\n\nMail je cv.");

        Assert.Equal([DiplomaLevel.Secondary, DiplomaLevel.Bachelor], sut.Requirements.Routes.Select(r => r.Diploma).Order());
        Assert.All(sut.Requirements.Routes, r => Assert.Null(r.Post));
    }

    [Theory]
    [InlineData("Solliciteren\n\nJe kandidatuur moet ons bereiken uiterlijk 10 kalenderdagen vóór de proef van 20 maart 2027.", "2027-03-10")]
    [InlineData("Solliciteren\n\nStuur je cv ten laatste twee weken voor het examen op woensdag 12 mei 2027.", "2027-04-28")]
    [InlineData("Hoe solliciteren?\n\nSchrijf je in tot 7 dagen vóór de eerste selectieproef (15 april 2027) via de website.", "2027-04-08")]
    public void Find_DeadlineCountedBackFromADatedEvent_IsThatManyDaysBefore(string section, string day)
    {
        var sut = TestKnowledge.FromText($"Redder (D1-D3)\n\nJe bewaakt het zwembad.\n\n{section}");

        Assert.Equal(day, sut.ApplicationDeadline?.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

