using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Extraction classes behind session 28's wrong "eligible" answers (invented wording): sub-headings that only name the moment a
/// condition must be met; a licence heading followed by the category; a nationality sentence wrapped over lines and limited to
/// some posts; a leadership part of the experience said in a sentence of its own; exclusions of office holders' relatives.
/// </summary>
public sealed class Blind12ExtractionTests
{
    [Theory]
    [InlineData("**Uiterlijk bij indiensttreding:**")]
    [InlineData("**Op het moment van de aanwerving:**")]
    [InlineData("**At the start of employment:**")]
    [InlineData("**Au plus tard à l'entrée en service :**")]
    public void Extract_ConditionsUnderAMomentSubHeading_AreRequirements(string moment)
    {
        var facts = TestKnowledge.FromMarkdown($"""
            # Technisch assistent (m/v/x)

            ### Toelatingsvoorwaarden

            **Op de uiterste inschrijvingsdatum:**

            - Je hebt een diploma secundair onderwijs.

            {moment}

            - Je hebt een rijbewijs C.

            ### Solliciteren

            Stuur je cv uiterlijk op 12 maart 2027 naar jobs@test.be.
            """);

        Assert.Contains(facts.Requirements.General, g => g.Kind == "licence" && g.Value == "C");
    }

    [Theory]
    [InlineData("2. Rijbewijs\nJe hebt een rijbewijs van de categorie BE (auto met aanhangwagen).", "BE")]
    [InlineData("Rijbewijs\nEen geldig rijbewijs C1 is vereist.", "C1")]
    public void Extract_LicenceHeadingThenCategory_IsTheCategoryNamed(string lines, string category)
    {
        var facts = TestKnowledge.FromText($"Werkman groendienst (D1-D3)\n\nVoorwaarden\n\n1. Diploma\nJe hebt geen diploma nodig.\n{lines}\n");

        Assert.Contains(facts.Requirements.General, g => g.Kind == "licence" && g.Value == category);
        Assert.DoesNotContain(facts.Requirements.General, g => g.Kind == "licence" && g.Value != category);
    }

    [Fact]
    public void Extract_NationalityWrappedOverLinesAndLimited_KeepsTheWidestScopeAndTheLimit()
    {
        var facts = TestKnowledge.FromText("""
            Administratief medewerker (C1-C3)

            Voorwaarden

            Voor de statutaire aanstelling moet je onderdaan zijn van een lidstaat van de Europese
            Economische Ruimte of van Zwitserland. Voor contractuele aanwervingen geldt deze voorwaarde
            niet. Je hebt een diploma secundair onderwijs.
            """);

        var nationality = Assert.Single(facts.Requirements.General, g => g.Kind == "nationality");
        Assert.Equal("EEA+CH", nationality.Value);
        Assert.Contains("Voor contractuele aanwervingen geldt deze voorwaarde niet.", nationality.Citation.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Je hebt minstens 5 jaar ervaring in de zorg. Minstens één jaar daarvan gaf je leiding aan een team.", 5, 1)]
    [InlineData("Je hebt minstens 5 jaar ervaring in de zorg, daarvan minstens 2 jaar als leidinggevende.", 5, 2)]
    [InlineData("Je hebt minstens 5 jaar ervaring in de zorg. Hiervan was je minstens 18 maanden leidinggevend.", 5, 0)]
    public void Extract_LeadershipPartInASentenceOfItsOwn_IsAMinimumOfItsOwn(string line, int years, double leading)
    {
        var facts = TestKnowledge.FromText("Teamleider thuiszorg (B4-B5)\n\nProfiel\n\n- Je hebt een bachelordiploma.\n- " + line + "\n");

        var route = Assert.Single(facts.Requirements.Routes);
        Assert.Equal(years, route.MinExperienceYears!.Value);
        if (leading > 0)
        {
            Assert.Equal(((decimal)leading, "leadership"), (route.IncludedMinYears!.Value, route.IncludedKind!));
        }
    }

    [Theory]
    [InlineData("Komen niet in aanmerking: de gemeenteraadsleden en hun echtgenoot of samenwonende partner.")]
    [InlineData("Bloed- en aanverwanten tot in de tweede graad van de leden van het bestuur zijn uitgesloten.")]
    [InlineData("Spouses and relatives of board members are not eligible.")]
    public void Extract_ExclusionOfOfficeHoldersRelatives_IsALineTouchingRelation(string line)
    {
        var facts = TestKnowledge.FromText($"Boekhouder (B1-B3)\n\nVoorwaarden\n\n- Je hebt een bachelor in de boekhouding.\n- {line}\n");

        Assert.Contains(facts.Requirements.Unparsed, u => u.Touches.Contains("relation") && u.Citation.Quote.Contains(line[..20], StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RelativesWithoutAnOffice_AreNoExclusion()
    {
        var facts = TestKnowledge.FromText("Boekhouder (B1-B3)\n\nVoorwaarden\n\n- Je hebt een bachelor in de boekhouding.\n- Partners van kandidaten zijn welkom op de infosessie.\n");

        Assert.DoesNotContain(facts.Requirements.Unparsed, u => u.Touches.Contains("relation"));
    }

    [Theory]
    [InlineData("Je woont op maximaal 20 km van het gemeentehuis.")]
    [InlineData("Je bent gedomicilieerd in de gemeente of bereid om er binnen het jaar te gaan wonen.")]
    [InlineData("You live within 15 km of the depot.")]
    public void Extract_ResidenceCondition_IsALineTouchingResidence(string line)
    {
        var facts = TestKnowledge.FromText($"Arbeider (D1-D3)\n\nVoorwaarden\n\n- Je hebt geen diploma nodig.\n- {line}\n");

        Assert.Contains(facts.Requirements.Unparsed, u => u.Touches.Contains("residence"));
    }

    [Theory]
    [InlineData("Dat maakt van onze gemeente een plek waar het aangenaam wonen en werken is.")]
    [InlineData("Je woont bij voorkeur in de regio.")]
    [InlineData("Je krijgt een fietsvergoeding voor woon-werkverkeer per km.")]
    public void Extract_NoResidenceCondition_WhereLivingIsOnlyMentioned(string line)
    {
        var facts = TestKnowledge.FromText($"Arbeider (D1-D3)\n\nVoorwaarden\n\n- Je hebt geen diploma nodig.\n- {line}\n");

        Assert.DoesNotContain(facts.Requirements.Unparsed, u => u.Touches.Contains("residence"));
    }

    [Theory]
    [InlineData("- Je hebt een masterdiploma of een diploma van het hoger onderwijs van het lange type.")]
    [InlineData("- Je hebt een diploma van het hoger onderwijs van het lange type.")]
    [InlineData("- Je hebt een diploma van het hoger onderwijs van twee cycli.")]
    public void Extract_HigherEducationOfTheLongType_IsAMaster(string line)
    {
        var facts = TestKnowledge.FromText("Beleidsmedewerker (A1a-A3a)\n\nVoorwaarden\n\n" + line + "\n");

        Assert.Equal(DiplomaLevel.Master, Assert.Single(facts.Requirements.Routes).Diploma);
    }
}
