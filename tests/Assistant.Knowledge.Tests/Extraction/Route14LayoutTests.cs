using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Route layouts read whole (route14): a plain-text table whose cells wrap onto "| …" lines, a table with a column per kind of
/// requirement ("Vereist | Pluspunt"), "ofwel, …" options, a bachelor and an HBO5 offered in one clause, the former name of a
/// bachelor, "waarvan N jaar leidinggevend", and numbered trajects of which one is internal. Invented sentences, two or three
/// phrasings per mechanism.
/// </summary>
public sealed class Route14LayoutTests
{
    [Theory]
    [InlineData("Diploma        | Een diploma secundair onderwijs (ASO, TSO of\n               | KSO). Een hoger diploma (graduaat of bachelor) is\n               | uiteraard ook goed.\nZonder diploma | Minstens 3 jaar ervaring als magazijnier én je\n               | legt een capaciteitstest af.\n")]
    [InlineData("Diploma | Je hebt een diploma van het secundair onderwijs. Een bachelor\n| of een master volstaat ook.\nGeen diploma? | Je hebt minstens 3 jaar ervaring als magazijnier\n| en je slaagt voor een capaciteitstest.\n")]
    public void Extract_TableCellsWrappedOntoBarLines_AreOneRowEach(string table)
    {
        var sut = TestKnowledge.FromText("Magazijnier (D1)\n\nToelatingsvoorwaarden\n\nVoorwaarde | Wat vragen we\n" + table + "Rijbewijs | Niet vereist.\n");

        Assert.Equal(2, sut.Requirements.Routes.Count);
        Assert.Equal(DiplomaLevel.Secondary, sut.Requirements.Routes[0].Diploma);
        var none = sut.Requirements.Routes[1];
        Assert.Equal((DiplomaLevel.None, 3m), (none.Diploma, none.MinExperienceYears));
        Assert.Contains(none.Alternative, a => a.Name.Contains("capaciteitstest", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vereist", "Pluspunt")]
    [InlineData("Noodzakelijk", "Gewenst (niet vereist)")]
    [InlineData("Vereisten", "Troeven")]
    public void Extract_TableWithAColumnPerKindOfRequirement_ReadsColumnByColumn(string required, string asset)
    {
        var sut = TestKnowledge.FromDocxBlocks(
        [
            "# Magazijnier (D1)",
            "# Wat verwachten we?",
            $"| {required} | {asset}",
            "| Ofwel een diploma secundair onderwijs in een technische richting. Ofwel, zonder zo'n diploma: minstens 2 jaar ervaring als magazijnier. | Een heftruckattest.",
            "| Een rijbewijs B. | Ervaring met een scanner.",
        ]);

        Assert.Equal(2, sut.Requirements.Routes.Count);
        Assert.Equal(DiplomaLevel.Secondary, sut.Requirements.Routes[0].Diploma);
        Assert.Null(sut.Requirements.Routes[0].MinExperienceYears);
        Assert.Equal((DiplomaLevel.None, 2m), (sut.Requirements.Routes[1].Diploma, sut.Requirements.Routes[1].MinExperienceYears));
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Citation.Quote.Contains("heftruck", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Hetzij een diploma secundair onderwijs, hetzij, zonder dat diploma, minstens 4 jaar ervaring in de schoonmaak.")]
    [InlineData("- Ofwel heb je een diploma secundair onderwijs. Ofwel, zonder zulk diploma: minstens 4 jaar ervaring in de schoonmaak.")]
    public void Extract_OfwelWithAComma_IsAnOptionOfItsOwn(string line)
    {
        var sut = TestKnowledge.FromText("Schoonmaker (E1)\n\nProfiel\n\n" + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary && r.MinExperienceYears is null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 4);
    }

    [Theory]
    [InlineData("- Je bent bachelor in de vroedkunde, of gegradueerde vroedvrouw (HBO5 Vroedkunde).")]
    [InlineData("- Je hebt een diploma vroedkunde (HBO5-graduaat of bachelor).")]
    [InlineData("- Je hebt een graduaatsdiploma of een bachelordiploma in de vroedkunde; beide worden aanvaard.")]
    public void Extract_BachelorAndGraduaatInOneClause_AreTwoRoutes(string line)
    {
        var sut = TestKnowledge.FromText("Vroedvrouw (BV1-BV3)\n\nProfiel\n\n" + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Graduate);
    }

    [Theory]
    [InlineData("- Je hebt een bachelordiploma (eender welke richting), of een graduaatsdiploma aangevuld met minstens 2 jaar ervaring in een HR-dienst.")]
    public void Extract_GraduaatWithExperienceBesideBachelor_GivesNoBachelorRouteWithThatExperience(string line)
    {
        var sut = TestKnowledge.FromText("Consulent HR (B1-B3)\n\nProfiel\n\n" + line + "\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears is not null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Graduate && r.MinExperienceYears == 2);
    }

    [Theory]
    [InlineData("- Je bent student vroedkunde (bachelor of HBO5) en je rondde het eerste jaar af.")]
    public void Extract_StudentsOfBachelorOrGraduaat_GiveNoBachelorRoute(string line)
    {
        var sut = TestKnowledge.FromText("Zorgkundige (C1)\n\nProfiel\n\n- Je hebt een getuigschrift zorgkundige.\n" + line + "\n");

        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor);
    }

    [Theory]
    [InlineData("- Je hebt een bachelordiploma in de toegepaste psychologie, of een gelijkwaardig ouder diploma: gegradueerde in de toegepaste psychologie.")]
    [InlineData("- Je bent bachelor in de toegepaste psychologie (of gegradueerde in de toegepaste psychologie, oud stelsel).")]
    [InlineData("- Je hebt een bachelor toegepaste psychologie of het vroegere diploma van gegradueerde in die richting.")]
    public void Extract_FormerNameOfABachelor_StaysBachelor(string line)
    {
        var sut = TestKnowledge.FromText("Psychologisch consulent (B1-B3)\n\nProfiel\n\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Bachelor, route.Diploma);
    }

    [Theory]
    [InlineData("- Je hebt minstens 4 jaar ervaring in de schoonmaak, waarvan minstens 1 jaar als leidinggevende.", 4, 1)]
    [InlineData("- Minstens vijf jaar relevante ervaring in de schoonmaaksector, waarvan twee jaar in een leidinggevende functie.", 5, 2)]
    [InlineData("- Je kan 3 jaar ervaring in facility aantonen (waarvan 6 maanden leiding geven aan een ploeg).", 3, 0.5)]
    public void Extract_LeadershipPartOfTheExperience_IsAMinimumOfItsOwn(string line, int years, double leading)
    {
        var sut = TestKnowledge.FromText("Ploegleider schoonmaak (C4)\n\nProfiel\n\n- Je hebt een diploma secundair onderwijs.\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((years, (decimal)leading, "leadership"), (route.MinExperienceYears!.Value, route.IncludedMinYears!.Value, route.IncludedKind!));
        Assert.NotEqual("leadership", route.ExperienceKind);
    }

    [Theory]
    [InlineData("Traject 1 – externe aanwerving", "Traject 2 – interne bevordering", "Traject 3 – interbestuurlijke mobiliteit")]
    [InlineData("Route A (externe werving)", "Route B (bevordering)", "Route C (mobiliteit)")]
    public void Extract_NumberedTrajectsOneInternal_KeepTheExternalRouteWhole(string external, string promotion, string mobility)
    {
        var sut = TestKnowledge.FromText("Teamleider groen (B4-B5)\n\nToelatingsvoorwaarden\n\n"
            + external + ": diploma: Een bachelordiploma in de tuinbouw.\n"
            + external + ": ervaring: Minstens 3 jaar ervaring in groenbeheer, waarvan 1 jaar als leidinggevende.\n"
            + promotion + ": Statutair personeelslid zijn, minstens 4 jaar niveauanciënniteit hebben in niveau C en een gunstige evaluatie.\n"
            + mobility + ": Statutair personeelslid zijn van een ander bestuur, in een graad van niveau B, met een gunstige evaluatie.\n");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "internal-only");
        var bachelor = Assert.Single(sut.Requirements.Routes, r => r.Audience == RouteAudience.External);
        Assert.Equal((DiplomaLevel.Bachelor, 3m, 1m), (bachelor.Diploma, bachelor.MinExperienceYears!.Value, bachelor.IncludedMinYears!.Value));
        Assert.Contains(sut.Requirements.Routes, r => r.Internal is { Level: "C", MinSeniorityMonths: 48 });
        Assert.Contains(sut.Requirements.Routes, r => r.Internal is { Level: "B" });
    }
    [Theory]
    [InlineData("Interne kandidaten leggen dezelfde selectieproeven af als externe kandidaten, maar moeten geen capaciteitstest doen.")]
    [InlineData("Personeelsleden die via bevordering deelnemen, zijn vrijgesteld van de schriftelijke proef.")]
    [InlineData("Interne kandidaten hoeven geen redeneertest af te leggen.")]
    public void Extract_TestsInternalCandidatesTake_IsNoRequirementToCheck(string sentence)
    {
        var sut = TestKnowledge.FromText("Medewerker onthaal (C1-C3)\n\nToelatingsvoorwaarden\n\n- Je hebt een diploma secundair onderwijs.\n\n"
            + "Interne kandidaten\n\nPersoneelsleden van niveau D met minstens 4 jaar niveauanciënniteit in niveau D kunnen deelnemen via bevordering.\n" + sentence + "\n");

        Assert.DoesNotContain(sut.Requirements.Unparsed, u => u.Citation.Quote.Contains("proef", StringComparison.Ordinal) || u.Citation.Quote.Contains("test", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Een bachelordiploma, of een diploma van het hoger onderwijs van het korte type (het vroegere A1-diploma), in de richting bosbouw, landbouw of tuinbouw.")]
    [InlineData("Je hebt een bachelordiploma in de richting bosbouw, landbouw of tuinbouw.")]
    public void Extract_FieldsAfterInDeRichting_AreTheRoutesFields(string line)
    {
        var sut = TestKnowledge.FromText("Boswachter (B1-B3)\n\nProfiel\n\n- " + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Bachelor, route.Diploma);
        Assert.Contains("tuinbouw", route.DiplomaField, StringComparison.Ordinal);
        Assert.Contains("bosbouw", route.DiplomaField, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("- Je hebt een diploma secundair onderwijs (TSO of BSO), of gelijkwaardig door ervaring: wie geen diploma secundair onderwijs heeft, wordt toegelaten met minstens 5 jaar ervaring als mecanicien.")]
    [InlineData("- Je hebt een diploma secundair onderwijs; wie dat diploma niet heeft, komt in aanmerking met minstens 5 jaar ervaring als mecanicien.")]
    [InlineData("- Je hebt een diploma secundair onderwijs, maar wie niet over zo'n diploma beschikt, kan deelnemen met minstens 5 jaar ervaring als mecanicien.")]
    public void Extract_WieGeenDiplomaHeeft_IsARouteWithoutDiploma(string line)
    {
        var sut = TestKnowledge.FromText("Mecanicien (D1-D3)\n\nProfiel\n\n" + line + "\n");

        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary && r.MinExperienceYears is null);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 5);
    }
}
