using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Tests.Extraction.Parsing;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("€ 3.059,65", 3059.65, false)]
    [InlineData("€ 3.123.31/maand", 3123.31, true)]
    [InlineData("57.548,29 € à", 57548.29, false)]
    [InlineData("€ 3086,37 (bij 1 jaar)", 3086.37, false)]
    [InlineData("min. bruto € 4.470,", 4470, false)]
    [InlineData("aan €7,5", 7.5, false)]
    [InlineData("7,50 euro", 7.50, false)]
    [InlineData("EUR 1 234,56", 1234.56, false)]
    public void FindAll_WrittenAmount_ParsesValueAndOddness(string text, double expected, bool odd)
    {
        var sut = Assert.Single(Money.FindAll(text));
        Assert.Equal((decimal)expected, sut.Amount);
        Assert.Equal(odd, sut.Odd);
    }

    [Theory]
    [InlineData("bruto maandloon voltijds van 2.617,50 tot 3.544,86 euro (geïndexeerd)", 2617.50, 3544.86)]
    [InlineData("tussen € 2.617,50 en 3.544,86 bruto per maand", 2617.50, 3544.86)]
    [InlineData("van 12,50 tot 15,00 euro per uur", 12.50, 15.00)]
    public void FindAll_RangeWithOneCurrencySign_FindsBothEnds(string text, double low, double high)
    {
        var sut = Money.FindAll(text);
        Assert.Equal([(decimal)low, (decimal)high], sut.Select(m => m.Amount));
    }

    [Fact]
    public void FindAll_PlainNumberBeforeAmount_IsNoAmount()
    {
        Assert.Equal([3000m], Money.FindAll("van 1 tot 3.000 euro").Select(m => m.Amount));
    }

    [Fact]
    public void FindAll_NumbersWithoutCurrency_FindsNothing()
    {
        Assert.Empty(Money.FindAll("Je hebt 2 jaar ervaring en 38 uur per week, 15.01.2026."));
    }
}
