using System.Text.RegularExpressions;
using Assistant.Dialogs.Answering;

namespace Assistant.Dialogs.Tests.Answering;

public sealed partial class TextsTests
{
    [Fact]
    public void Keys_EveryLanguage_HasTheSameKeys()
    {
        var nl = Texts.Keys("nl").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(nl, Texts.Keys("en").Order(StringComparer.Ordinal));
        Assert.Equal(nl, Texts.Keys("fr").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Templates_EveryLanguage_UseTheSamePlaceholders()
    {
        foreach (var key in Texts.Keys("nl"))
        {
            var expected = Placeholders(Texts.Get("nl", key));
            Assert.Equal(expected, Placeholders(Texts.Get("en", key)));
            Assert.Equal(expected, Placeholders(Texts.Get("fr", key)));
        }
    }

    [Fact]
    public void Get_FillsNamedPlaceholders()
    {
        var sut = Texts.Get("nl", "deadline.daysLeft", ("days", 12), ("lastDay", "1 februari 2026"));
        Assert.Equal("Je hebt nog 12 dagen (tot 1 februari 2026).", sut);
    }

    [Theory]
    [InlineData("nl", "€ 3.123,31")]
    [InlineData("fr", "€ 3.123,31")]
    [InlineData("en", "€3,123.31")]
    public void Money_PerLanguage_UsesLocalSeparators(string lang, string expected)
    {
        Assert.Equal(expected, Format.Money(lang, 3123.31m).Replace('\u202F', '.').Replace('\u00A0', '.'));
    }

    [Theory]
    [InlineData("nl", "14 december 2025")]
    [InlineData("en", "14 December 2025")]
    [InlineData("fr", "14 décembre 2025")]
    public void Date_PerLanguage_WritesMonthNames(string lang, string expected)
    {
        Assert.Equal(expected, Format.Date(lang, new DateOnly(2025, 12, 14)));
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("fr")]
    public void MissingFacts_AreNounPhrases_ThatFitTheNeedInfoSentence(string lang)
    {
        // "heb ik nog je {missing} nodig" / "I still need your {missing}" / "besoin de votre {missing}": a clause such as
        // "of je … hebt" or "whether you …" would make the sentence ungrammatical.
        var clauseStarts = new[] { "of ", "dat ", "whether ", "that ", "if ", "si ", "que " };
        foreach (var key in Texts.Keys(lang).Where(k => k.StartsWith("elig.missing.", StringComparison.Ordinal)))
        {
            var text = Texts.Get(lang, key);
            Assert.DoesNotContain(clauseStarts, c => text.StartsWith(c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("nl", "ervaringsgesprek", "het ervaringsgesprek")]
    [InlineData("nl", "mondeling examen", "het mondeling examen")]
    [InlineData("nl", "praktische proef", "de praktische proef")]
    [InlineData("en", "ervaringsgesprek", "ervaringsgesprek")]
    public void TestName_InDutch_TakesTheArticleOfItsLastWord(string lang, string name, string expected)
    {
        Assert.Equal(expected, Assistant.Dialogs.Answering.Composers.EligibilityAnswers.TestName(lang, name));
    }

    [Fact]
    public void Contact_RoleThatHoldsThePhoneAndMail_GivesThemOnce()
    {
        var contact = new Assistant.Core.Facts.Contact
        {
            Name = "An Peeters", Role = "HR – 050 12 34 56 – jobs@example.org", Phone = "050/12.34.56", Email = "jobs@example.org",
            Citation = new Assistant.Core.Facts.Citation("v", "vacancy.txt", "Contact", "An Peeters (HR – 050 12 34 56 – jobs@example.org)", 0, 10),
        };

        var text = Format.Contact("nl", contact);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "jobs@example.org"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "34"));
        Assert.Contains("An Peeters", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_PhoneAndMailNotInTheRole_AreAdded()
    {
        var contact = new Assistant.Core.Facts.Contact
        {
            Name = "An Peeters", Role = "HR-consulent", Phone = "050 12 34 56", Email = "an@example.org",
            Citation = new Assistant.Core.Facts.Citation("v", "vacancy.txt", "Contact", "An Peeters", 0, 10),
        };

        var text = Format.Contact("en", contact);

        Assert.Contains("050 12 34 56", text, StringComparison.Ordinal);
        Assert.Contains("an@example.org", text, StringComparison.Ordinal);
    }

    private static List<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();
}
