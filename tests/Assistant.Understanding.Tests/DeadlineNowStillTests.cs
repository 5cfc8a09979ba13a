using Assistant.Understanding.Text;

namespace Assistant.Understanding.Tests;

/// <summary>
/// Sending or applying "nu nog" / "vanavond nog" asks the deadline even when it names a mail or a form; "Mag ik nu al
/// solliciteren?" from a student stays eligibility; "is dat een weekdag?" asks about the date just given.
/// </summary>
public sealed class DeadlineNowStillTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("kan ik nu nog mailen voor de job van jurist in Hasselt?")]
    [InlineData("Het is 21u, kan ik nu nog het formulier invullen voor de jurist omgeving?")]
    [InlineData("Can I still send it tonight for the accountant job?")]
    [InlineData("kan ik nog mailen voor de job van schrijnwerker in Hasselt")]
    [InlineData("mag ik mijn cv nog opsturen voor de vacature van boekhouder?")]
    public void Analyze_SendingNowStill_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Fact]
    public void Analyze_StudentMayApplyAlready_StaysEligibility() =>
        Assert.Equal("eligibility", _sut.Analyze("Ik zit in mijn laatste jaar bachelor rechten, mag ik nu al solliciteren voor jurist omgeving?").Intent);

    [Theory]
    [InlineData("is dat een weekdag?")]
    [InlineData("valt die datum in het weekend?")]
    [InlineData("is that a Sunday?")]
    public void Analyze_WhichDayIsTheDate_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Fact]
    public void Analyze_EnglishJobWordsWithoutFunctionWords_IsEnglish() =>
        Assert.Equal("en", _sut.Analyze("deadline library job hasselt?").Language);

    [Theory]
    [InlineData("je bent welkom in ons team", "welkomstpremie", false)]
    [InlineData("werken in een ploegenstelsel", "ploegendienst", true)]
    [InlineData("een kilometervergoeding voor je verplaatsingen", "kilometervergoeding", true)]
    [InlineData("gratis parking aan het stadhuis", "parking", true)]
    public void Mentions_LongCompound_NeedsMoreThanItsFirstPart(string text, string word, bool expected) =>
        Assert.Equal(expected, WordFamilies.Mentions(string.Join(' ', Assistant.Core.Text.TextFold.Words(text)), word));
}
