using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Salary phrasings: basis (indexed or at 100%), seniority tables, full-time amounts, experience caps.</summary>
public sealed class SalaryRulesTests
{
    private static Salary SalaryOf(string text) => TestKnowledge.FromText($"Boekhouder (B1-B3)\n\nSalaris\n\n{text}").Salary!;

    [Theory]
    [InlineData("Bruto jaarsalaris aan index 100%: minimum € 17.300, maximum € 27.000.")]
    [InlineData("De jaarwedde aan 100% bedraagt € 17.300 tot € 27.000.")]
    [InlineData("Je jaarwedde tegen 100% ligt tussen € 17.300 en € 27.000.")]
    [InlineData("Niet-geïndexeerde jaarwedde: van € 17.300 tot € 27.000.")]
    public void Find_AmountsAt100Percent_HaveBasisIndex100(string sentence)
    {
        var sut = SalaryOf(sentence);
        Assert.Equal("index-100", sut.Basis);
        Assert.False(sut.Indexed);
        Assert.Equal(SalaryPeriod.Year, sut.Period);
        Assert.Equal((17300m, 27000m), (sut.Min, sut.Max));
        Assert.All(sut.Published, p => Assert.Equal("index-100", p.Basis));
    }

    [Theory]
    [InlineData("Het bruto jaarsalaris geïndexeerd bedraagt € 45.000.", SalaryPeriod.Year)]
    [InlineData("Je geïndexeerd bruto maandloon is € 3.250,40.", SalaryPeriod.Month)]
    public void Find_IndexedAmounts_HaveBasisIndexed(string sentence, SalaryPeriod period)
    {
        var sut = SalaryOf(sentence);
        Assert.Equal("indexed", sut.Basis);
        Assert.True(sut.Indexed);
        Assert.Equal(period, sut.Period);
    }

    [Fact]
    public void Find_AmountsWithoutBasisWord_HaveNoBasis()
    {
        var sut = SalaryOf("Je bruto maandloon bedraagt € 3.250,40.");
        Assert.Null(sut.Basis);
        Assert.False(sut.Indexed);
    }

    [Fact]
    public void Find_MixedBases_RangeUsesTheMostCommonBasis()
    {
        var sut = SalaryOf("Jaarwedde aan 100%: min. € 17.300 en max. € 27.000.\nDat is geïndexeerd een bruto maandloon van € 3.059,65.");
        Assert.Equal("index-100", sut.Basis);
        Assert.Equal((17300m, 27000m), (sut.Min, sut.Max));
        Assert.Contains(sut.Published, p => p.Amount == 3059.65m && p.Basis == "indexed");
    }

    [Fact]
    public void Find_YearlyAt100AndMonthlyIndexed_EachPointKeepsItsPeriodAndTheMainBasisDecides()
    {
        var sut = SalaryOf("Je jaarwedde aan 100% bedraagt minimum € 17.300 en maximum € 27.000.\nDat is geïndexeerd een maandloon van € 3.059,65.\nBruto per maand geïndexeerd: € 3.200,10.");
        Assert.Equal(("index-100", SalaryPeriod.Year), (sut.Basis, sut.Period));
        Assert.Equal((17300m, 27000m), (sut.Min, sut.Max));
        Assert.Contains(sut.Published, p => p.Amount == 3059.65m && p.Period == SalaryPeriod.Month && p.Basis == "indexed");
    }

    [Fact]
    public void Find_SeniorityTableInText_GivesPointsPerYear()
    {
        var sut = SalaryOf("Bruto maandloon volgens anciënniteit:\n0 jaar: € 2.800,00\nna 5 jaar € 3.100\n10 jaar anciënniteit: € 3.450,12");
        Assert.Equal([(2800m, 0), (3100m, 5), (3450.12m, 10)], sut.Published.Select(p => (p.Amount, p.SeniorityYears!.Value)));
        Assert.Equal(SalaryPeriod.Month, sut.Period);
    }

    [Fact]
    public void Find_SeniorityInBracketsAfterTheAmount_IsRead()
    {
        var sut = SalaryOf("Bruto maandloon: € 2.800,00 (0 jaar) tot € 4.100,00 (23 jaar).");
        Assert.Equal([(2800m, 0), (4100m, 23)], sut.Published.Select(p => (p.Amount, p.SeniorityYears!.Value)));
    }

    [Fact]
    public void Find_PipeTableWithoutEuroSigns_GivesPointsPerYear()
    {
        var sut = SalaryOf("| Anciënniteit | Bruto maandloon (geïndexeerd) |\n| 0 jaar | 2.800,00 |\n| 5 jaar | 3.100,00 |\n| 10 jaar | 3.450,12 |");
        Assert.Equal([(2800m, 0), (3100m, 5), (3450.12m, 10)], sut.Published.Select(p => (p.Amount, p.SeniorityYears!.Value)));
        Assert.Equal(SalaryPeriod.Month, sut.Period);
        Assert.Equal("indexed", sut.Basis);
        Assert.Equal("| 5 jaar | 3.100,00 |", sut.Published[1].Citation.Quote);
    }

    [Fact]
    public void Find_HtmlSeniorityTable_GivesPointsPerYear()
    {
        var sut = TestKnowledge.FromHtml("""
            <html><body><h1>Boekhouder</h1><h2>Verloning</h2>
            <p>Jaarwedde aan 100%:</p>
            <table><tr><th>Anciënniteit</th><th>Bedrag</th></tr>
            <tr><td>0 jaar</td><td>17.300,00</td></tr><tr><td>4 jaar</td><td>19.120,00</td></tr></table>
            </body></html>
            """).Salary!;
        Assert.Equal([(17300m, 0), (19120m, 4)], sut.Published.Select(p => (p.Amount, p.SeniorityYears!.Value)));
        Assert.Equal(("index-100", SalaryPeriod.Year), (sut.Basis, sut.Period));
    }

    [Fact]
    public void Find_TableHeadingNamesTheYear_GivesYearlyAmounts()
    {
        var sut = SalaryOf("| Anciënniteit | Jaarbedrag |\n| 0 jaar | 14.910,00 |\n| 6 jaar | 17.230,00 |");
        Assert.Equal(SalaryPeriod.Year, sut.Period);
        Assert.False(sut.PeriodInferred);
    }

    [Fact]
    public void Find_RowsOutsideASalaryContext_AreNoSalary()
    {
        var sut = TestKnowledge.FromText("Boekhouder\n\nProfiel\n\n| Ervaring | Punten |\n| 5 jaar | 1200 |");
        Assert.Null(sut.Salary);
    }

    [Theory]
    [InlineData("Bij voltijdse tewerkstelling bedraagt het bruto maandloon € 3.250,40.", true)]
    [InlineData("Het voltijds bruto maandloon bedraagt € 3.250,40.", true)]
    [InlineData("Het bruto maandloon bedraagt € 3.250,40 en wordt pro rata berekend.", true)]
    [InlineData("Het halftijdse bruto maandloon bedraagt € 1.625,20.", false)]
    [InlineData("Het bruto maandloon bedraagt € 3.250,40.", null)]
    public void Find_FullTimeWording_SaysWhetherAmountsAreForFullTime(string sentence, bool? fullTime)
    {
        Assert.Equal(fullTime, SalaryOf(sentence).FullTimeAmounts);
    }

    [Theory]
    [InlineData("We nemen maximaal 10 jaar privé-ervaring mee in je geldelijke anciënniteit.", 10)]
    [InlineData("Relevante ervaring uit de privésector tot max. 6 jaar wordt meegenomen.", 6)]
    [InlineData("Anciënniteit: maximaal 10 jaar privé-ervaring.", 10)]
    [InlineData("Ervaring in het bedrijfsleven telt mee voor je salaris, met een maximum van 8 jaar.", 8)]
    public void Find_PrivateExperienceCap_GivesMaxYears(string sentence, int years)
    {
        var sut = SalaryOf($"Het bruto maandloon bedraagt € 3.250,40.\n{sentence}");
        Assert.Equal(years, sut.Caps.Single(c => c.Kind == "private").MaxYears);
    }

    [Fact]
    public void Find_ExperienceRequirementWithARange_IsNoCap()
    {
        var sut = TestKnowledge.FromText("Boekhouder\n\nProfiel\n\nJe hebt 2 tot 5 jaar ervaring in de privésector.\n\nSalaris\n\nHet bruto maandloon bedraagt € 3.250,40.");
        Assert.Empty(sut.Salary!.Caps);
    }

    [Theory]
    [InlineData("Bruto maandlonen:\nJaren anciënniteit: Bruto maandloon\n0: € 3.000,00\n4: € 3.250,50\n8: € 3.600,00")]
    [InlineData("Bruto maandlonen:\n| Jaren ervaring | Bruto maandloon |\n| 0 | 3.000,00 |\n| 4 | 3.250,50 |\n| 8 | 3.600,00 |")]
    public void Find_BareRowsUnderAHeadingNamingSeniority_GivePointsPerYear(string table)
    {
        var sut = SalaryOf(table);
        Assert.Equal([(3000m, 0), (3250.50m, 4), (3600m, 8)], sut.Published.Select(p => (p.Amount, p.SeniorityYears!.Value)));
    }

    [Fact]
    public void Find_BareRowsUnderAHeadingWithoutSeniority_HaveNoSeniority()
    {
        var sut = SalaryOf("Bruto maandlonen per functie:\nFunctie: Bruto maandloon\n1: € 3.000,00\n2: € 3.250,50");
        Assert.All(sut.Published, p => Assert.NotEqual(1, p.SeniorityYears));
    }

    [Fact]
    public void Find_SalarySentenceBesideABonusSentence_IsRead()
    {
        var sut = TestKnowledge.FromText("Jurist (A1)\n\nWat bieden we?\n\n- Bruto jaarsalaris geïndexeerd: minimum 45.000,00 euro – maximum 70.000,00 euro. Vakantiegeld en eindejaarspremie komen daar nog bij.").Salary!;
        Assert.Equal((45000m, 70000m, SalaryPeriod.Year), (sut.Min!.Value, sut.Max!.Value, sut.Period));
    }

    [Fact]
    public void Find_RangeSentenceFollowedByAnExample_KeepsTheStatedMaximum()
    {
        var sut = SalaryOf("Een bruto maandsalaris van minimum € 3.100,00 tot maximum € 5.200,00. Met bijvoorbeeld 3 jaar relevante ervaring start je op € 3.350,00 bruto per maand.");
        Assert.Equal((3100m, 5200m), (sut.Min, sut.Max));
        Assert.Contains(sut.Published, p => p.Amount == 3350m && p.SeniorityYears == 3);
    }

    [Fact]
    public void Find_AmountsThatExcludeAPremium_AreStillPay()
    {
        var sut = SalaryOf("- Bruto jaarsalaris: minimum EUR 30.500,00 - maximum EUR 41.000,00 (geïndexeerd, zonder vakantiegeld en eindejaarspremie).");
        Assert.Equal((30500m, 41000m), (sut.Min, sut.Max));
    }

    [Fact]
    public void Find_LongTableUnderAFullTimeIndexedHeading_AppliesItToEveryRow()
    {
        var rows = string.Join("\n", Enumerable.Range(0, 11).Select(i => $"{i * 2} jaar: € {3000 + (i * 100)},00"));
        var sut = SalaryOf($"De tabel geeft het bruto maandloon voor een voltijdse betrekking (geïndexeerd).\n\nAnciënniteit: Bruto maandloon\n{rows}");
        Assert.True(sut.FullTimeAmounts);
        Assert.Equal(11, sut.Published.Count);
        Assert.All(sut.Published, p => Assert.Equal("indexed", p.Basis));
    }

    [Theory]
    [InlineData("Je krijgt een bruto maandwedde van min. EUR 3.412,18 en max. EUR 5.230,77 (geïndexeerd).")]
    [InlineData("Bruto maandloon: ca. min. € 3.412,18 tot max. € 5.230,77, geïndexeerd.")]
    [InlineData("Wij bieden een bruto maandsalaris van min. 3.412,18 EUR en max. 5.230,77 EUR.")]
    public void Find_MinAndMaxAbbreviations_DoNotBreakTheSentence(string sentence)
    {
        var sut = TestKnowledge.FromText($"Analist (A1a-A3a)\n\nOns aanbod\n\n> {sentence}\n> Maaltijdcheques van 8 euro.").Salary!;
        Assert.Equal((3412.18m, 5230.77m), (sut.Min, sut.Max));
    }

    [Theory]
    [InlineData("| dienstjaren (geldelijk) | bruto maandbedrag |", "| eindloon (B3) | € 4.512,90 |")]
    [InlineData("| jaren erkende anciënniteit | bruto per maand, voltijds |", "| max. (B3) | € 4.512,90 |")]
    [InlineData("| aantal jaren | maandloon |", "| maximum B3 | 4.512,90 EUR |")]
    public void Find_MarkdownSeniorityTable_ReadsEveryRowAndTheMaximumRow(string header, string last)
    {
        var sut = TestKnowledge.FromMarkdown($"# Ploegleider (B1-B3)\n\n## Wat bieden we?\n\nEnkele bedragen:\n\n{header}\n|---|---|\n| 0 | € 2.911,40 |\n| 3 | € 3.050,12 |\n| 9 | € 3.480,55 |\n{last}\n\nDaarbovenop maaltijdcheques van € 8.").Salary!;
        Assert.Equal((2911.40m, 4512.90m), (sut.Min, sut.Max));
        Assert.Contains(sut.Published, p => p.Amount == 3480.55m && p.SeniorityYears == 9);
    }

    [Theory]
    [InlineData("| | bruto maandloon (voltijds, geïndexeerd) |", "| minimum B1 | € 2.950,00 |", "| maximum B3 | € 4.410,25 |")]
    [InlineData("| | bruto per maand |", "| min. (B1) | € 2.950,00 |", "| max. (B3) | € 4.410,25 |")]
    public void Find_TableWithEmptyFirstHeaderCell_ReadsMinimumAndMaximumRows(string header, string min, string max)
    {
        var sut = TestKnowledge.FromMarkdown($"# Ploegleider (B1-B3)\n\n## Wat mag je verwachten?\n\n{header}\n|---|---|\n{min}\n{max}\n\nJe krijgt ook een fietsvergoeding.").Salary!;
        Assert.Equal((2950.00m, 4410.25m), (sut.Min, sut.Max));
    }

    [Theory]
    [InlineData("Je verloning (bruto per maand, voltijds):\n  - bij de start ............ EUR 2.804,10\n  - met 6 jaar anciënniteit ..... EUR 3.250,00\n  - maximum van de schaal ...... EUR 4.120,66")]
    [InlineData("Wat je verdient, bruto per maand:\n* minimum: 2.804,10 euro\n* met 6 jaar anciënniteit: 3.250,00 euro\n* maximum: 4.120,66 euro")]
    [InlineData("- Weddeschaal C1-C3. Bruto maandwedde (geïndexeerd):\n  minimum € 2.804,10 en maximum € 4.120,66.\n  Met 6 jaar anciënniteit: € 3.250,00.")]
    public void Find_LinesUnderALeadThatNamesPay_AreSalaryLines(string block)
    {
        var sut = TestKnowledge.FromText($"Technicus (C1-C3)\n\nWat bieden we?\n\n{block}\n\nVerder:\n- maaltijdcheques van EUR 8 per gewerkte dag\n- ecocheques van € 250 per jaar").Salary!;
        Assert.Equal((2804.10m, 4120.66m), (sut.Min, sut.Max));
    }

    [Theory]
    [InlineData("Bruto uurloon volgens je leeftijd:\n\n  15 jaar ........ EUR 10,90\n  16 jaar ........ EUR 11,70\n  17 jaar en ouder .. EUR 12,80")]
    [InlineData("Je bruto uurloon hangt af van je leeftijd:\n- 15 jaar ... € 10,90\n- 16 jaar ... € 11,70\n- 17 jaar en ouder ... € 12,80")]
    public void Find_HourlyDotLeaderRowsPerAge_AreWagesWithTheirAges(string block)
    {
        var sut = TestKnowledge.FromText($"Jobstudent zwembad\n\nVerloning\n\n{block}\n\nFietsvergoeding: EUR 0,30 per km.").Salary!;
        Assert.Equal(SalaryPeriod.Hour, sut.Period);
        Assert.Equal((10.90m, 12.80m), (sut.Min, sut.Max));
        Assert.Contains(sut.Published, p => p.Amount == 11.70m && p.MinAge == 16 && p.MaxAge == 16);
    }
}
