using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Key facts as other employers write them (facts17): a headline set off by marks, a wrapped line of running text that holds
/// the job, a heading "Over X" about the employer, a job named only in an "Als … doe je" sentence, a named place of work after
/// the job after a dash, a local body named "OCMW van X", a hospital, an acronym before a brand the mail domain
/// spells, an employer's own scale code, and the way in without the diploma
/// stated under a question ("Geen diploma in die richting?") as a heading or a lead-in to a list. Invented employers and sentences.
/// </summary>
public sealed class Facts17ReadingTests
{
    [Theory]
    [InlineData("Gemeente Oudeveld | Vacatures\n\n>> Administratief medewerker bibliotheek - 80%\n\nJe werkt aan de balie.", "Administratief medewerker bibliotheek")]
    [InlineData("Stad Zeeveld\n\n*** TECHNICUS VERWARMING – VOLTIJDS ***\n\nJe onderhoudt de installaties.", "Technicus verwarming")]
    [InlineData("Academie Hoogmoer\n\n>>> vacature leraar piano – 6/22 – tijdelijke vervanging <<<\n\nJe geeft les.", "Leraar piano")]
    [InlineData("Lokaal bestuur Rivierbeek\n\n► Kok woonzorgcentrum\n\nJe kookt voor 80 bewoners.", "Kok woonzorgcentrum")]
    public void Find_HeadlineSetOffByMarks_IsTheTitleWithoutTheMarks(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("Gemeente Oudeveld\n\n> Medewerker secretariaat (deeltijds)\n\nHet gemeentebestuur zoekt voor zijn Muziekschool\n(MS Oudeveld) een medewerker (m/v/x) voor het secretariaat.\nJe werkt met twee collega's.", "Medewerker secretariaat")]
    [InlineData("Stad Zeeveld\n\nBoekhouder financiën\n\nDe stad werft voor de dienst Financiën\nvoltijds een boekhouder (m/v/x) aan, met ingang van 1 maart.", "Boekhouder financiën")]
    public void Find_WrappedLineOfRunningTextWithTheJob_IsNoTitle(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("<html><body><h1>Word jij onze sterkhouder?</h1><h2>Over ZVA</h2><p>Het Zeeveldse Agentschap (ZVA) beheert de kust.</p><h2>Jouw job</h2><p>Als projectleider kustbeheer stuur je een team van zes mensen aan.</p></body></html>", "Projectleider kustbeheer")]
    [InlineData("# Ben jij onze nieuwe kracht?\n\n## Over ons\n\nWij zijn een gemeente met 20.000 inwoners.\n\n## Wat ga je doen\n\nIn je rol als coördinator vrije tijd organiseer je de zomerwerking.", "Coördinator vrije tijd")]
    public void Find_JobNamedOnlyInTheSentenceOfWhatYouDo_IsTheTitle(string document, string title)
    {
        var facts = document.StartsWith('<') ? TestKnowledge.FromHtml(document) : TestKnowledge.FromMarkdown(document);
        Assert.Equal(title, facts.Title);
    }

    [Theory]
    [InlineData("Agentschap Wegen Noord\n\nWegenwerker onderhoud – wegendistrict Heidevoort\n\nJe herstelt wegen.", "Wegenwerker onderhoud")]
    [InlineData("Stad Zeeveld\n\nMaatschappelijk werker – sociale dienst Zeeveld-Oost\n\nJe begeleidt cliënten.", "Maatschappelijk werker")]
    [InlineData("Gemeente Oudeveld\n\nRedder – zwembad De Dolfijn (m/v/x)\n\nJe bewaakt de baden.", "Redder")]
    [InlineData("Gemeente Oudeveld\n\nMedewerker bibliotheek (m/v/x)\n\nJe leent boeken uit.", "Medewerker bibliotheek")]
    public void Find_NamedPlaceOfWorkAfterADash_IsNotPartOfTheTitle(string text, string title) =>
        Assert.Equal(title, TestKnowledge.FromText(text).Title);

    [Theory]
    [InlineData("OCMW VAN HEIDEVOORT – CPAS DE HEIDEVOORT\n\nHet OCMW van Heidevoort werft aan: onthaalmedewerker (m/v/x)\n\nJe onthaalt bezoekers.", "OCMW Heidevoort")]
    [InlineData("Jobs\n\nBoekhouder (m/v/x)\n\nDe gemeente van Sint-Aldegonde zoekt een boekhouder. Je werkt in het gemeentehuis.", "Gemeente Sint-Aldegonde")]
    [InlineData("Home › Werken bij AZV › Zorg\n\nLogistiek medewerker (m/v/x)\n\nAlgemeen Ziekenhuis Veldhoven (AZV) · campus Noord\n\nJe vervoert patiënten.", "Algemeen Ziekenhuis Veldhoven (AZV)")]
    [InlineData("Jobs\n\nNetwerkbeheerder (m/v/x)\n\nIGV Data Lindeveld is de intergemeentelijke dienst voor informatica. IGV Data Lindeveld zoekt een netwerkbeheerder. Mail naar jobs@datalindeveld.be.", "IGV Data Lindeveld")]
    public void Find_EmployerNamedWithVanAHospitalOrAnAcronymBeforeItsBrand_IsNamedInFull(string text, string organisation) =>
        Assert.Equal(organisation, TestKnowledge.FromText(text).Organisation);

    [Theory]
    [InlineData("Havenbedrijf Zeeveld\n\nSluiswachter (m/v/x)\n\nContract van onbepaalde duur · loonklasse HB4", "HB4")]
    [InlineData("Koninklijk Instituut Zeeveld\n\nOnderzoeker (m/v/x)\n\nJe wordt aangeworven in de weddeschaal SW1 (wetenschappelijk attaché).", "SW1")]
    [InlineData("Zorgnet Oudeveld\n\nLogistiek assistent (m/v/x)\n\nVerloning volgens barema GS 12 van de sector.", "GS12")]
    public void Find_EmployersOwnScaleCodeAfterAScaleWord_IsTheScaleWithoutALevel(string text, string scale)
    {
        var facts = TestKnowledge.FromText(text);
        Assert.Equal(scale, facts.Scale);
        Assert.Null(facts.Level);
    }

    [Theory]
    [InlineData("md", "# Technisch medewerker groen\n\nGemeente Oudeveld · C1-C3\n\n## Diploma\n\nJe hebt een diploma van het secundair onderwijs in de richting tuinbouw.\n\n## Geen diploma in die richting?\n\nDan kan je toch deelnemen als je:\n\n- minstens 3 jaar ervaring hebt in groenonderhoud, en\n- slaagt voor een praktische proef.\n\n## Solliciteren\n\nSolliciteer tot 31 januari 2027.")]
    [InlineData("txt", "Gemeente Oudeveld\n\nTECHNISCH MEDEWERKER GROEN (C1-C3)\n\nProfiel\nJe hebt een diploma van het secundair onderwijs in de richting tuinbouw.\nHeb je dat diploma niet? Ook dan kan je deelnemen, als je:\n- minstens 3 jaar ervaring in groenonderhoud kan aantonen;\n- slaagt voor een praktische proef.\n\nAanbod\nEen contract van onbepaalde duur.")]
    [InlineData("html", "<html><body><h1>Technisch medewerker groen (C1-C3)</h1><p>Gemeente Oudeveld</p><h2>Diploma</h2><p>Je hebt een diploma van het secundair onderwijs in de richting tuinbouw.</p><h2>Niet in het bezit van dat diploma?</h2><p>Je kan toch deelnemen met minstens 3 jaar ervaring in groenonderhoud.</p><p>Je slaagt dan ook voor een praktische proef.</p><h2>Aanbod</h2><p>Een contract van onbepaalde duur.</p></body></html>")]
    public void Find_WayInWithoutTheDiplomaUnderAQuestion_IsARouteOfItsOwnWithItsExperience(string format, string document)
    {
        var facts = format switch
        {
            "md" => TestKnowledge.FromMarkdown(document),
            "html" => TestKnowledge.FromHtml(document),
            _ => TestKnowledge.FromTextFile(document),
        };
        var routes = facts.Requirements.Routes;
        Assert.Contains(routes, r => r is { Audience: RouteAudience.External, Diploma: DiplomaLevel.Secondary, MinExperienceYears: null });
        Assert.Contains(routes, r => r is { Audience: RouteAudience.External, Diploma: DiplomaLevel.None, MinExperienceYears: 3 });
    }

    [Theory]
    [InlineData("Ervaring: Niet vereist. Stage-ervaring is een pluspunt.")]
    [InlineData("Werkervaring – niet nodig")]
    [InlineData("Rijbewijs: niet verplicht, wel handig.")]
    public void Find_LabelSaidNotRequired_IsNoRequirementLeftUnread(string line)
    {
        var facts = TestKnowledge.FromText("Gemeente Oudeveld\n\nKinderbegeleider (m/v/x)\n\nWat verwachten we?\nJe hebt een diploma secundair onderwijs.\n" + line + "\n\nWat bieden we?\nEen vast contract.");
        Assert.DoesNotContain(facts.Requirements.Unparsed, u => u.Citation.Quote.Contains(line[..8], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Word jij onze nieuwe kracht?\n\n## Over ons\n\nAls werkgever bieden we je een warme werkplek.\n\nAls team staan we klaar voor elkaar.")]
    [InlineData("# Kom erbij!\n\nAls je graag met mensen werkt, ben je bij ons welkom.")]
    public void Find_AlsSentenceAboutTheEmployerOrTheReader_GivesNoTitle(string document) =>
        Assert.Null(TestKnowledge.FromMarkdown(document).Title);
}
