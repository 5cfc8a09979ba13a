using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Salary and deadline facts in forms unseen documents use: a pay table whose columns are seniorities (cells split by bars,
/// colons or tabs, with or without €), a salary sentence broken over two lines, and a deadline on the Nth day after a
/// publication in the Belgisch Staatsblad whose date stands elsewhere. Invented employers and amounts.
/// </summary>
public sealed class Sal17ReadingTests
{
    [Theory]
    [InlineData("Bruto maandloon volgens anciënniteit:\n\njaren anciënniteit | 0 jaar | 4 jaar | 8 jaar | 12 jaar\nC1-C3 | 2.500,10 | 2.700,20 | 2.900,30 | 3.100,40")]
    [InlineData("Bruto maandloon (huidige index), enkele voorbeelden:\n\nAnciënniteit: start: 4 jaar: 8 jaar: 12 jaar\nVoltijds: € 2.500,10: € 2.700,20: € 2.900,30: € 3.100,40")]
    [InlineData("Je maandloon hangt af van je anciënniteit:\n\nAnciënniteit (jaren) | 0 | 4 | 8 | 12\nbruto per maand | 2.500,10 euro | 2.700,20 euro | 2.900,30 euro | 3.100,40 euro")]
    public void Find_PayTableWithSeniorityColumns_EachAmountIsThePayAtItsColumnsYears(string table)
    {
        var sut = TestKnowledge.FromText("Technisch assistent (m/v/x)\n\nWat bieden we?\n\nLoonschaal C1-C3.\n" + table).Salary!;

        Assert.Contains(sut.Published, p => p.Amount == 2500.10m && p.SeniorityYears == 0);
        Assert.Contains(sut.Published, p => p.Amount == 2900.30m && p.SeniorityYears == 8);
        Assert.Contains(sut.Published, p => p.Amount == 3100.40m && p.SeniorityYears == 12);
        Assert.Equal(SalaryPeriod.Month, sut.Period);
    }

    [Fact]
    public void Find_HtmlPayTableWithSeniorityColumns_EachAmountIsThePayAtItsColumnsYears()
    {
        var sut = TestKnowledge.FromHtml("""
            <html><body><h1>Technisch assistent (m/v/x)</h1><h2>Wat bieden we?</h2>
            <p>Bruto maandloon (geïndexeerd) volgens je anciënniteit:</p>
            <table><tr><th>Schaal</th><th>start</th><th>6 jaar</th><th>12 jaar</th></tr>
            <tr><td>C1-C3</td><td>€ 2.500,10</td><td>€ 2.800,60</td><td>€ 3.100,40</td></tr></table>
            </body></html>
            """).Salary!;

        Assert.Contains(sut.Published, p => p.Amount == 2800.60m && p.SeniorityYears == 6);
        Assert.Contains(sut.Published, p => p.Amount == 3100.40m && p.SeniorityYears == 12);
    }

    [Fact]
    public void Find_AgeColumnsOfHourlyWages_AreNoSeniorityColumns()
    {
        var sut = TestKnowledge.FromText("Jobstudent (m/v/x)\n\nWat bieden we?\n\nBruto uurloon:\n\nleeftijd | 16 jaar | 17 jaar | 18 jaar\nuurloon | 11,20 | 12,10 | 13,00");

        Assert.DoesNotContain(sut.Salary?.Published ?? [], p => p.SeniorityYears is not null);
    }

    [Theory]
    [InlineData("Loonschaal B1-B3. Het bruto maandloon (huidige index) loopt van\nEUR 3.100,00 (zonder anciënniteit) tot EUR 4.900,00 (maximum van de schaal).")]
    [InlineData("Je wordt betaald in schaal B1-B3: je bruto maandwedde bedraagt\nminimaal € 3.100,00 en maximaal € 4.900,00, geïndexeerd.")]
    [InlineData("- Salarisschaal B1-B3: bruto maandloon voor een voltijdse betrekking tussen EUR 3.100,00 en\nEUR 4.900,00 (geïndexeerd). Voor 19/38 ontvang je de helft; bij de start is dat\nEUR 1.550,00 bruto per maand.")]
    public void Find_SalarySentenceBrokenOverTwoLines_ReadsItsBounds(string text)
    {
        var sut = TestKnowledge.FromText("Maatschappelijk assistent (m/v/x)\n\nOns aanbod\n\n" + text).Salary!;

        Assert.Equal((3100.00m, 4900.00m), (sut.Min!.Value, sut.Max!.Value));
    }

    [Theory]
    [InlineData("De kandidaturen worden ingediend uiterlijk op de twintigste dag na de publicatie van deze oproep in het Belgisch Staatsblad.\n\nDeze oproep werd bekendgemaakt in het Belgisch Staatsblad van 6 januari 2027.", 2027, 1, 26)]
    [InlineData("Stuur je kandidatuur ten laatste op de 30ste kalenderdag na de bekendmaking.\n\nGepubliceerd in het Belgisch Staatsblad op 4 januari 2027.", 2027, 2, 3)]
    [InlineData("Kandidaturen moeten binnen een termijn van 15 dagen na de publicatie bij ons zijn.\n\nBelgisch Staatsblad van 5 januari 2027, blz. 1234.", 2027, 1, 20)]
    public void Find_NthDayAfterThePublicationInTheStaatsblad_IsThatDate(string text, int year, int month, int day)
    {
        var sut = TestKnowledge.FromText("Brandweerman (m/v/x)\n\nKandidaatstelling\n\n" + text, new DateTimeOffset(2027, 1, 7, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(year, month, day), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("De schriftelijke proef vindt plaats op zaterdag 23 januari 2027; om eraan deel te nemen moet je kandidatuur ons bereiken uiterlijk op vrijdag 8 januari 2027.")]
    [InlineData("Het assessment gaat door op 23 januari 2027, je sollicitatie verwachten we ten laatste op 8 januari 2027.")]
    [InlineData("Op 23 januari 2027 is er een praktische test; solliciteren kan tot en met 8 januari 2027 via het formulier.")]
    public void Find_ApplicationClauseAfterATestDate_IsTheDeadline(string sentence)
    {
        var sut = TestKnowledge.FromText("Administratief medewerker (m/v/x)\n\nSelectie\n\n" + sentence, new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(2027, 1, 8), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("- online via www.voorbeeld.be/jobs (tot 23.59 uur), of\n- per post aan de personeelsdienst.", "23:59")]
    [InlineData("- per e-mail naar jobs@voorbeeld.be, uiterlijk om 12 uur;\n- of afgegeven aan het onthaal.", "12:00")]
    public void Find_ClosingHourInTheListOfWaysUnderTheDeadline_IsTheDeadlineTime(string items, string time)
    {
        var sut = TestKnowledge.FromText("Begeleider (m/v/x)\n\nSolliciteren\n\nKandidaturen worden ingediend tot en met maandag 25 januari 2027:\n" + items, new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(2027, 1, 25), sut.ApplicationDeadline?.LastDay);
        Assert.Equal(time, sut.ApplicationDeadline?.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Find_ResultsMadeKnownOnADate_IsNoPublicationDate()
    {
        var sut = TestKnowledge.FromText("Brandweerman (m/v/x)\n\nSelectie\n\nDe uitslag wordt bekendgemaakt op 15 maart 2027.", new DateTimeOffset(2027, 1, 7, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Null(sut.PublicationDate);
    }
}
