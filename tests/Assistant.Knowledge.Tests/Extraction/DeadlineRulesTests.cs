using System.Globalization;
using Assistant.Knowledge.Lint;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Deadline phrasings of the genre: numeric dates, timing tables, broken lines, times, continuous recruitment, years.</summary>
public sealed class DeadlineRulesTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static string? Hm(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Solliciteren kan tot en met 05/03/2027.", "2027-03-05")]
    [InlineData("Solliciteren kan tot en met 5/3/2027 via het e-recruitingplatform.", "2027-03-05")]
    [InlineData("Je kandidatuur moet ons ten laatste op 5.3.2027 bereiken.", "2027-03-05")]
    [InlineData("Stuur je kandidatuur uiterlijk 05-03-2027 naar de personeelsdienst.", "2027-03-05")]
    [InlineData("De uiterste inschrijvingsdatum is 2027-03-05.", "2027-03-05")]
    [InlineData("Reageren kan tot 28/2/2027 door het formulier in te vullen.", "2027-02-28")]
    public void Find_NumericDateForms_GiveTheDeadline(string sentence, string date)
    {
        var sut = TestKnowledge.FromText($"Boekhouder (C1-C3)\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D(date), sut.ApplicationDeadline?.Date);
        Assert.False(sut.ApplicationDeadline!.YearInferred);
    }

    [Theory]
    [InlineData("Uiterste inschrijvingsdatum | 12/02/2027", "2027-02-12", null)]
    [InlineData("Uiterste inschrijvingsdatum: 12 februari 2027", "2027-02-12", null)]
    [InlineData("Uiterste inschrijvingsdatum | 12/02/2027 | 23u59", "2027-02-12", "23:59")]
    [InlineData("Deadline: 12.02.2027 om 12u", "2027-02-12", "12:00")]
    [InlineData("Sluitingsdatum | vrijdag 12 februari 2027", "2027-02-12", null)]
    public void Find_TimingTableLine_GivesTheDeadline(string row, string date, string? time)
    {
        var sut = TestKnowledge.FromText($"Medewerker groendienst\n\nTiming\n\nPublicatie | 10/01/2027\n{row}\nSchriftelijke proef | 3/03/2027");
        Assert.Equal(D(date), sut.ApplicationDeadline?.Date);
        Assert.Equal(time, Hm(sut.ApplicationDeadline?.Time));
    }

    [Fact]
    public void Find_LabelAndDateOnSeparateLines_AreJoinedByCleaning()
    {
        var sut = TestKnowledge.FromText("Medewerker groendienst\n\nPraktisch\n\nUiterste inschrijvingsdatum\n12 februari 2027");
        Assert.Equal(D("2027-02-12"), sut.ApplicationDeadline?.Date);
    }

    [Fact]
    public void Find_HtmlTimingTable_GivesDeadlineAndPublicationDate()
    {
        var sut = TestKnowledge.FromHtml("""
            <html><body><h1>Bibliotheekassistent</h1>
            <h2>Timing</h2>
            <table>
              <tr><th>Publicatiedatum</th><td>15/01/2027</td></tr>
              <tr><th>Uiterste inschrijvingsdatum</th><td>14/02/2027 om 23.59 uur</td></tr>
            </table></body></html>
            """);
        Assert.Equal(D("2027-02-14"), sut.ApplicationDeadline?.Date);
        Assert.Equal("23:59", Hm(sut.ApplicationDeadline?.Time));
        Assert.Equal(D("2027-01-15"), sut.PublicationDate?.Date);
    }

    [Fact]
    public void Find_DocxTimingAndSeniorityTables_GiveDeadlineAndSalaryPoints()
    {
        var sut = TestKnowledge.FromDocxBlocks(
        [
            "# Dossierbeheerder",
            "## Timing",
            "| Publicatiedatum | 15/01/2027",
            "| Uiterste inschrijvingsdatum | zondag 14 februari 2027 om 23u59",
            "## Verloning",
            "Bruto maandloon bij voltijdse tewerkstelling (geïndexeerd):",
            "| 0 jaar | 2.700,15",
            "| 10 jaar | 3.350,80",
        ]);
        Assert.Equal(D("2027-02-14"), sut.ApplicationDeadline?.Date);
        Assert.Equal("23:59", Hm(sut.ApplicationDeadline?.Time));
        Assert.Equal(D("2027-01-15"), sut.PublicationDate?.Date);
        Assert.Equal([(2700.15m, 0), (3350.80m, 10)], sut.Salary!.Published.Select(p => (p.Amount, p.SeniorityYears!.Value)));
        Assert.Equal(("indexed", (bool?)true), (sut.Salary.Basis, sut.Salary.FullTimeAmounts));
    }

    [Fact]
    public void Find_MarkdownTimingTable_GivesTheDeadline()
    {
        var sut = TestKnowledge.FromMarkdown("# Bibliotheekassistent\n\n## Timing\n\n| Wat | Wanneer |\n|---|---|\n| Uiterste inschrijvingsdatum | 14 februari 2027 |\n| Selectiegesprek | 3 maart 2027 |\n");
        Assert.Equal(D("2027-02-14"), sut.ApplicationDeadline?.Date);
    }

    [Theory]
    [InlineData("Stel je kandidaat ten laatste op maandag\n18 januari 2027 om 23.59 uur naar vacatures@voorbeeld.be.")]
    [InlineData("Stel je kandidaat ten laatste op maandag 18\njanuari 2027 om 23.59 uur naar vacatures@voorbeeld.be.")]
    [InlineData("Solliciteren kan tot en met\n\nmaandag 18 januari 2027 om 23.59 uur.")]
    [InlineData("Solliciteren kan tot en met\nMaandag 18 januari 2027 om 23.59 uur.")]
    [InlineData("Je kandidatuur moet ons bereiken uiterlijk op\nMaandag 18/01/2027 om 23:59.")]
    public void Find_DeadlineSentenceBrokenOverLines_IsRepaired(string text)
    {
        var sut = TestKnowledge.FromText($"Medewerker groendienst\n\nSolliciteren\n\n{text}");
        Assert.Equal(D("2027-01-18"), sut.ApplicationDeadline?.Date);
        Assert.Equal("23:59", Hm(sut.ApplicationDeadline?.Time));
    }

    [Theory]
    [InlineData("om 12 uur", "12:00")]
    [InlineData("om 16.00 uur", "16:00")]
    [InlineData("om 16:00", "16:00")]
    [InlineData("om 12u", "12:00")]
    [InlineData("om 12u00", "12:00")]
    [InlineData("om 9u30", "09:30")]
    [InlineData("(23u59)", "23:59")]
    [InlineData("om 23.59 uur", "23:59")]
    [InlineData("om middernacht", "23:59")]
    [InlineData("om 12 uur 's middags", "12:00")]
    [InlineData("om 5 uur 's namiddags", "17:00")]
    public void Find_TimeAfterTheDate_IsKept(string time, string expected)
    {
        var sut = TestKnowledge.FromText($"Medewerker groendienst\n\nSolliciteren\n\nSolliciteren kan tot en met 9 maart 2027 {time} via onze website.");
        Assert.Equal(D("2027-03-09"), sut.ApplicationDeadline?.Date);
        Assert.Equal(expected, Hm(sut.ApplicationDeadline?.Time));
    }

    [Theory]
    [InlineData("We werken met een doorlopende werving: je kan op elk moment solliciteren.")]
    [InlineData("Voor deze functie werven we doorlopend aan.")]
    [InlineData("Er is geen uiterste inschrijvingsdatum.")]
    [InlineData("Dit is een permanente oproep voor kandidaten.")]
    [InlineData("Solliciteren kan doorlopend via onze jobsite.")]
    [InlineData("Je kan doorlopend solliciteren.")]
    [InlineData("De vacature blijft open tot de functie is ingevuld.")]
    public void Find_ContinuousRecruitment_IsAnExplicitFactWithoutDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText($"Verpleegkundige (m/v/x)\n\nSolliciteren\n\n{sentence}");
        Assert.Null(sut.ApplicationDeadline);
        Assert.True(sut.ContinuousRecruitment);
        Assert.Equal(sentence, sut.Citations["continuousRecruitment"].Quote);
        Assert.DoesNotContain(VacancyLinter.Check(sut, []), f => f.Field == "applicationDeadline" && f.Severity == "missing");
    }

    [Fact]
    public void Find_ContinuousWordsButAlsoADeadline_KeepsTheDeadlineAndNotesIt()
    {
        var sut = TestKnowledge.FromText("Verpleegkundige\n\nSolliciteren\n\nWe werven doorlopend aan. Solliciteren kan tot en met 9 maart 2027.");
        Assert.Equal(D("2027-03-09"), sut.ApplicationDeadline?.Date);
        Assert.False(sut.ContinuousRecruitment);
        Assert.Contains(sut.Notes, n => n.Field == "continuousRecruitment" && n.Severity == "inconsistent");
    }

    [Fact]
    public void Find_DeadlineWithoutContinuousWords_IsNotContinuous()
    {
        var sut = TestKnowledge.FromText("Verpleegkundige\n\nSolliciteren\n\nSolliciteren kan tot en met 9 maart 2027.");
        Assert.False(sut.ContinuousRecruitment);
        Assert.False(sut.Citations.ContainsKey("continuousRecruitment"));
    }

    [Theory]
    [InlineData("Publicatiedatum: 02/11/2026", "Solliciteren kan tot vrijdag 15 januari.", "2027-01-15")]
    [InlineData("Gepubliceerd op 20 februari 2027", "Solliciteren kan tot 15 januari.", "2028-01-15")]
    [InlineData("Publicatiedatum: 3 maart 2027", "Kandidaturen worden verwacht uiterlijk 31 maart.", "2027-03-31")]
    [InlineData("Datum publicatie | 01/12/2026", "Solliciteren kan tot en met maandag 4 januari.", "2027-01-04")]
    public void Find_DeadlineWithoutYear_TakesTheFirstSuchDateAfterPublication(string published, string sentence, string expected)
    {
        var sut = TestKnowledge.FromText($"Medewerker groendienst\n\n{published}\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D(expected), sut.ApplicationDeadline?.Date);
        Assert.True(sut.ApplicationDeadline!.YearInferred);
        Assert.Contains(sut.Notes, n => n.Severity == "inferred" && n.Message.Contains("publication date", StringComparison.Ordinal));
        Assert.Contains(VacancyLinter.Check(sut, []), f => f.Severity == "inferred" && f.Field == "applicationDeadline");
    }

    [Fact]
    public void Find_WeekdayThatFitsNoYearAfterPublication_KeepsTheFirstDateAndReportsTheWeekday()
    {
        var sut = TestKnowledge.FromText("Medewerker groendienst\n\nPublicatiedatum: 02/11/2026\n\nSolliciteren\n\nSolliciteren kan tot zondag 15 januari.");
        Assert.Equal(D("2027-01-15"), sut.ApplicationDeadline?.Date);
        Assert.Contains(sut.Notes, n => n.Severity == "inconsistent" && n.Field == "date");
    }

    [Theory]
    [InlineData("- Schriftelijke proef op 03/03/2027", "2027-03-03")]
    [InlineData("- Schriftelijke proef op 3.3.2027", "2027-03-03")]
    [InlineData("- Schriftelijke proef: 2027-03-03", "2027-03-03")]
    [InlineData("- Schriftelijke proef | 3-03-2027", "2027-03-03")]
    public void Find_NumericStepDate_GivesTheStepDate(string step, string date)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\nSolliciteren kan tot en met 12/02/2027.\n\nSelectieprocedure\n\n{step}");
        Assert.Contains(sut.SelectionSteps, s => s.Dates.Any(d => d.Date == D(date)));
    }

    [Theory]
    [InlineData("Je moet aan de voorwaarden voldoen op 12/02/2027.")]
    [InlineData("Aan deze voorwaarden moet voldaan zijn op 2027-02-12.")]
    public void Find_NumericReferenceDate_GivesTheReferenceDate(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nAanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n{sentence}");
        Assert.Equal(D("2027-02-12"), sut.Requirements.ReferenceDate?.Date);
    }

    [Theory]
    [InlineData("Solliciteren kan tot 12 uur op 9 maart 2027.", "12:00")]
    [InlineData("Stuur je kandidatuur ten laatste om 16.00 uur op vrijdag 9 maart 2027.", "16:00")]
    [InlineData("Solliciteren kan tot middernacht van 9/03/2027.", "23:59")]
    public void Find_TimeBeforeTheDate_IsKept(string sentence, string expected)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D("2027-03-09"), sut.ApplicationDeadline?.Date);
        Assert.Equal(expected, Hm(sut.ApplicationDeadline?.Time));
    }

    [Theory]
    [InlineData("Solliciteren kan tot 15/01 via de website.", "2027-01-15")]
    [InlineData("Solliciteren kan tot en met vrijdag 15/01.", "2027-01-15")]
    [InlineData("Solliciteren kan tot vrijdag, 15 januari.", "2027-01-15")]
    public void Find_DayAndMonthWithoutYear_InfersTheYearFromPublication(string sentence, string expected)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nPublicatiedatum: 20/11/2026\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D(expected), sut.ApplicationDeadline?.Date);
        Assert.True(sut.ApplicationDeadline!.YearInferred);
        Assert.DoesNotContain(sut.Notes, n => n.Severity == "inconsistent");
    }

    [Theory]
    [InlineData("Je kan ook 4/5 werken.")]
    [InlineData("Prestaties: 19/38 per week.")]
    public void Find_FractionsAreNoDates(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nAanbod\n\n{sentence}");
        Assert.Null(sut.ApplicationDeadline);
        Assert.DoesNotContain(sut.Notes, n => n.Field == "date");
    }

    [Theory]
    [InlineData("Sollicitatieperiode: 26 januari – 12 februari 2027")]
    [InlineData("Solliciteren kan van maandag 26/01/2027 tot en met vrijdag 12/02/2027.")]
    [InlineData("Inschrijven | 26.01.2027 - 12.02.2027")]
    public void Find_ApplicationPeriod_GivesItsLastDay(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D("2027-02-12"), sut.ApplicationDeadline?.Date);
        Assert.True(sut.ApplicationDeadline!.Inclusive);
    }

    [Theory]
    [InlineData("De kandidaturen worden verwacht tegen 12 februari 2027.")]
    [InlineData("Kandidaturen moeten ons bereiken uiterlijk op 12 februari 2027.")]
    [InlineData("De inschrijvingen worden afgesloten op 12 februari 2027.")]
    [InlineData("Inschrijven kan t.e.m. 12/02/2027.")]
    public void Find_OtherDeadlineVerbs_GiveTheDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D("2027-02-12"), sut.ApplicationDeadline?.Date);
    }

    [Theory]
    [InlineData("Uiterlijk op 12 februari 2027 (datum van de poststempel).", "2027-02-12")]
    [InlineData("Ten laatste vrijdag 12/02/2027.", "2027-02-12")]
    [InlineData("Tot en met 12.02.2027, per e-mail of per post.", "2027-02-12")]
    public void Find_BareDeadlineSentenceInTheApplicationSection_GivesTheDeadline(string sentence, string date)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\nMail je gegevens naar jobs@example.be.\n{sentence}");
        Assert.Equal(D(date), sut.ApplicationDeadline?.Date);
    }

    [Theory]
    [InlineData("Uiterlijk op 12 februari 2027 leg je de schriftelijke proef af.")]
    [InlineData("Ten laatste op 12/02/2027 bezorg je een attest van je werkgever.")]
    public void Find_BareDeadlineOfAnotherStep_IsNoApplicationDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Null(sut.ApplicationDeadline);
    }

    [Theory]
    [InlineData("Bezorg een motivatiebrief en je cv aan de personeelsdienst uiterlijk op 12/02/2027 om 12u.", "12:00")]
    [InlineData("Mail een cv met motivatie naar jobs@example.be ten laatste op 12 februari 2027.", null)]
    [InlineData("Je stuurt je motivatiebrief met cv vóór 12 februari 2027 naar de HR-dienst.", null)]
    public void Find_SendingTheCvByADate_GivesTheDeadline(string sentence, string? time)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nPraktisch\n\n{sentence}");
        Assert.NotNull(sut.ApplicationDeadline);
        Assert.Equal(time, Hm(sut.ApplicationDeadline!.Time));
    }

    [Theory]
    [InlineData("Je kandidatuur moet binnen zijn vóór middernacht op zondag 14 februari 2027.", "23:59")]
    [InlineData("Solliciteren kan tot 17 uur op 14/02/2027.", "17:00")]
    [InlineData("Kandidaturen worden aanvaard tot 16.30 u op vrijdag 14 februari 2027.", "16:30")]
    public void Find_TimeWrittenBeforeTheDate_IsKept(string sentence, string time)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(D("2027-02-14"), sut.ApplicationDeadline?.Date);
        Assert.Equal(time, Hm(sut.ApplicationDeadline?.Time));
    }

    [Theory]
    [InlineData("Kandidaten die geselecteerd worden starten op 1 april 2027.")]
    [InlineData("Kandidaten: de indiensttreding is voorzien op 1 april 2027.")]
    [InlineData("Deze vacature voor kandidaten werd gepubliceerd op 1 april 2027.")]
    public void Find_StartOrPublicationDateNearCandidates_IsNoDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nAanbod\n\n{sentence}");
        Assert.Null(sut.ApplicationDeadline);
    }

    [Theory]
    [InlineData("Na screening van je cv nodigen we je uit op 20 maart 2027 voor een gesprek.")]
    [InlineData("Geselecteerde kandidaten worden op 20 maart 2027 uitgenodigd voor een proef.")]
    [InlineData("Laatstejaarsstudenten kunnen solliciteren op voorwaarde dat ze hun diploma behalen vóór 30 juni 2027.")]
    [InlineData("Kandidaten moeten hun diploma behaald hebben op 30 juni 2027.")]
    public void Find_TestInvitationOrDiplomaDate_IsNoDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Null(sut.ApplicationDeadline);
    }

    [Theory]
    [InlineData("Laatstejaarsstudenten solliciteren op voorwaarde dat ze hun diploma behalen vóór 30 juni 2027.")]
    [InlineData("Wie slaagt, start ten laatste op 1 juni 2027.")]
    [InlineData("Kandidaten krijgen ten laatste op 25 maart 2027 bericht over de selectie.")]
    public void Find_OtherDateBesideTheDeadline_DoesNotReplaceIt(string other)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\nSolliciteren kan tot 15 maart 2027. {other}");
        Assert.Equal(D("2027-03-15"), sut.ApplicationDeadline?.Date);
    }

    [Theory]
    [InlineData("Uiterste datum | 15/03/2027 | 12:00", "12:00")]
    [InlineData("Deadline voor je sollicitatie\n15 maart 2027\n12.00 uur", "12:00")]
    [InlineData("De vacature sluit op 15 maart 2027 om middernacht.", "23:59")]
    public void Find_TimeInTheNextCellOrLine_IsKept(string text, string time)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{text}");
        Assert.Equal(D("2027-03-15"), sut.ApplicationDeadline?.Date);
        Assert.Equal(time, Hm(sut.ApplicationDeadline?.Time));
    }

    [Theory]
    [InlineData("Stuur je cv, je EVC-attest en een kopie van je rijbewijs uiterlijk dinsdag 9 maart 2027 om 16.00 uur naar werving@voorbeeld.be.", "2027-03-09", "16:00")]
    [InlineData("Bezorg je motivatiebrief en het attest van je diploma vóór 10 maart 2027 aan personeel@voorbeeld.be.", "2027-03-09", null)]
    [InlineData("Mail je kandidatuur met je cv en je studieattest naar jobs@voorbeeld.be, uiterlijk op 09/03/2027 om 12u.", "2027-03-09", "12:00")]
    [InlineData("Kandidaten bezorgen hun cv en een attest van goed gedrag ten laatste op 9.3.2027 via hr@voorbeeld.be.", "2027-03-09", null)]
    public void Find_DeadlineSentenceThatListsAnAttest_IsTheDeadline(string sentence, string date, string? time)
    {
        var sut = TestKnowledge.FromText($"Boekhouder (C1-C3)\n\nInteresse?\n\n{sentence}");
        Assert.Equal(D(date), sut.ApplicationDeadline?.LastDay);
        Assert.Equal(time, Hm(sut.ApplicationDeadline?.Time));
    }

    [Fact]
    public void Find_CapacityTestDate_StaysNoDeadline()
    {
        var sut = TestKnowledge.FromText("Boekhouder (C1-C3)\n\nSelectie\n\nDe capaciteitstest vindt plaats op 9 maart 2027.");
        Assert.Null(sut.ApplicationDeadline);
    }
}
