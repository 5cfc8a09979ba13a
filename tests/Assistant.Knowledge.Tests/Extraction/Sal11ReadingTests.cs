using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Key facts in forms seen in unseen documents: seniority tables whose rows end in "euro", a range that writes its currency
/// once, "aan 100 % tewerkstelling" (a regime, not an index), bounds in brackets after the amount, hourly wages without a
/// currency sign, IFIC categories, agency acronyms, brand employers and procedure or headline titles.
/// </summary>
public sealed class Sal11ReadingTests
{
    [Fact]
    public void Find_SeniorityTableRowsEndingInEuro_StartAndMaximumRowsAreTheRange()
    {
        var sut = TestKnowledge.FromText("""
            Verzorgende (m/v/x)

            Wat bieden we?

            Schaal C1-C2: Bruto per maand bij voltijdse prestaties
            start (0 jaar): 2.582,13 euro
            5 jaar anciënniteit: 2.812,05 euro
            10 jaar anciënniteit: 2.953,53 euro
            maximum: 3.395,68 euro
            """).Salary!;

        Assert.Equal((2582.13m, 3395.68m), (sut.Min!.Value, sut.Max!.Value));
        Assert.Contains(sut.Published, p => p.Amount == 2582.13m && p.SeniorityYears == 0);
    }

    [Fact]
    public void Find_RowsRunTogether_EachAmountKeepsTheYearsBeforeIt()
    {
        var sut = TestKnowledge.FromText("""
            Zorgkundige (m/v/x)

            Verloning

            Anciënniteit Voltijds bruto / maand 0 jaar € 2.758,99 3 jaar € 2.891,63 6 jaar: € 3.024,28
            """).Salary!;

        Assert.Contains(sut.Published, p => p.Amount == 2758.99m && p.SeniorityYears == 0);
        Assert.Contains(sut.Published, p => p.Amount == 2891.63m && p.SeniorityYears == 3);
    }

    [Fact]
    public void Find_RangeWithOneCurrencyWord_FirstAmountIsTheMinimum()
    {
        var sut = TestKnowledge.FromText("Begeleider (m/v/x)\n\nLoon\n\nC1-C2, bruto maandloon voltijds van 2.617,50 tot 3.544,86 euro (geïndexeerd).").Salary!;
        Assert.Equal((2617.50m, 3544.86m), (sut.Min!.Value, sut.Max!.Value));
    }

    [Fact]
    public void Find_FullTimeRegimeAt100Percent_IsNoIndexBasis()
    {
        var sut = TestKnowledge.FromText("Zorgkundige (m/v/x)\n\nOns aanbod\n\nBruto maandloon aan 100 % tewerkstelling: van € 2.981,40 (start) tot € 4.225,77 (na 30 jaar).").Salary!;
        Assert.NotEqual("index-100", sut.Basis);
        Assert.True(sut.FullTimeAmounts);
    }

    [Fact]
    public void Find_BoundsInBracketsAfterTheAmounts_BelongToThoseAmounts()
    {
        var sut = TestKnowledge.FromText("Deskundige (m/v/x)\n\nWat bieden we?\n\nEen bruto jaarwedde aan index 100 van 17.300 euro (min.) tot 28.000 euro (max.), schaal B1-B3.").Salary!;
        Assert.Equal("min", sut.Published.Single(p => p.Amount == 17300m).Bound);
        Assert.Equal("max", sut.Published.Single(p => p.Amount == 28000m).Bound);
        Assert.Null(sut.Published.Single(p => p.Amount == 28000m).SeniorityYears);
    }

    [Fact]
    public void Find_HourlyWagesPerAgeWithoutCurrencySign_AreTheWages()
    {
        var sut = TestKnowledge.FromText("""
            Jobstudenten zomer (m/v/x)

            Wat verdien je?

            leeftijd op 1 juli: bruto uurloon
            16 jaar: 11,42
            17 jaar: 12,57
            18 jaar: 13,71
            """).Salary!;

        Assert.Equal((SalaryPeriod.Hour, 11.42m, 13.71m), (sut.Period, sut.Min!.Value, sut.Max!.Value));
        Assert.Equal(((int?)17, (int?)17), (sut.Published[1].MinAge, sut.Published[1].MaxAge));
    }

    [Theory]
    [InlineData("Verloning volgens IFIC-categorie 14: bruto 3.479,38 euro per maand.", "IFIC 14")]
    [InlineData("Verloning: IFIC 9.", "IFIC 9")]
    public void Find_IficCategory_IsTheScale(string sentence, string scale)
    {
        var sut = TestKnowledge.FromText($"Verpleegkundige (m/v/x)\n\nAanbod\n\n{sentence}");
        Assert.Equal((scale, (string?)null), (sut.Scale, sut.Level));
    }

    [Fact]
    public void Find_AgencyAcronymBeforeItsName_IsWrittenAfterTheName()
    {
        var sut = TestKnowledge.FromText("VAFT – Vlaams Agentschap Fietsnetwerk en Trage Wegen\n\nDossierbehandelaar (m/v/x)\n\nFunctie\n\nJe behandelt dossiers.");
        Assert.Equal("Vlaams Agentschap Fietsnetwerk en Trage Wegen (VAFT)", sut.Organisation);
    }

    [Fact]
    public void Find_BrandNamedByTheMailDomain_IsTheEmployer()
    {
        var sut = TestKnowledge.FromText("Chauffeur (m/v/x)\n\nWie zijn we?\n\nZavora haalt in elf gemeenten het afval op.\n\nInteresse?\n\nMail naar jobs@zavora.be.");
        Assert.Equal("Zavora", sut.Organisation);
    }

    [Theory]
    [InlineData("Bevordering naar niveau B: CONSULENT PERSONEEL EN LOGISTIEK", "Consulent personeel en logistiek")]
    [InlineData("Jobstudenten gezocht voor de zomer van 2027", "Jobstudenten zomer 2027")]
    public void Find_ProcedurePrefixOrHeadline_GivesTheJob(string firstLine, string title)
    {
        var sut = TestKnowledge.FromText($"{firstLine}\n\nWat ga je doen?\n\nJe helpt mee in de dienst.");
        Assert.Equal(title, sut.Title);
    }
}
