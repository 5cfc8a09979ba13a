using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Tests.Extraction.Parsing;

public sealed class DutchDatesTests
{
    [Fact]
    public void Find_DayListWithWeekdays_GivesEveryDayWithItsWeekday()
    {
        var sut = DutchDates.Find("Assessment – dinsdag 21 en of woensdag 22 mei 2024");
        Assert.Equal([(21, DayOfWeek.Tuesday), (22, DayOfWeek.Wednesday)], sut.Select(d => (d.Day, d.Weekday!.Value)));
        Assert.All(sut, d => Assert.Equal((5, 2024), (d.Month, d.Year!.Value)));
    }

    [Theory]
    [InlineData("uiterste inschrijvingsdatum is 26 oktober 2025 - 23 u 59", 23, 59)]
    [InlineData("op 2 januari 2026 om 17h", 17, 0)]
    [InlineData("uiterlijk op 9 maart 2026 om 12 uur", 12, 0)]
    [InlineData("ten laatste op 31/01/2026 (23u59)", 23, 59)]
    [InlineData("op 3 maart 2026 om 9.00 uur", 9, 0)]
    public void Find_DateFollowedByTime_KeepsTheTime(string text, int hour, int minute)
    {
        Assert.Equal(new TimeOnly(hour, minute), Assert.Single(DutchDates.Find(text)).Time);
    }

    [Theory]
    [InlineData("Publicatiedatum 15.01.2026", 15, 1, 2026)]
    [InlineData("deadline 2026-01-31", 31, 1, 2026)]
    [InlineData("tot zondag 28 april", 28, 4, null)]
    [InlineData("op 24/11/2025, in de voormiddag", 24, 11, 2025)]
    [InlineData("op 4.3.2027; daarna volgt", 4, 3, 2027)]
    [InlineData("tot 15/01 via de website", 15, 1, null)]
    public void Find_NumericAndYearlessForms_Parsed(string text, int day, int month, int? year)
    {
        var sut = Assert.Single(DutchDates.Find(text));
        Assert.Equal((day, month, year), (sut.Day, sut.Month, sut.Year));
    }

    [Fact]
    public void Find_InvalidDate_IsIgnored()
    {
        Assert.Empty(DutchDates.Find("op 31 februari 2026"));
    }

    [Fact]
    public void Find_RecognizerFallback_ReadsFormsThePatternsMiss()
    {
        var sut = RecognizerDates.Find("de test gaat door op de vijftiende december 2025");
        Assert.Contains(sut, d => d.Month == 12 && d.Year == 2025);
    }
}
