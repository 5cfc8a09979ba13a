using Assistant.Core.Text;

namespace Assistant.Core.Tests.Text;

/// <summary>The one accent fold of every layer.</summary>
public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Coördinatie", "coordinatie")]
    [InlineData("ÉPREUVE écrite", "epreuve ecrite")]
    [InlineData("Anciënniteit in één functie", "ancienniteit in een functie")]
    [InlineData("Œuvre Straße", "œuvre straße")]
    public void Fold_LowersAndDropsDiacritics_KeepsLettersWithoutDecomposition(string text, string expected) =>
        Assert.Equal(expected, TextFold.Fold(text));

    [Fact]
    public void Fold_SeparatorsBecomeSpaces() =>
        Assert.Equal("voltijds contract of deeltijds", TextFold.Fold("Voltijds-contract/of-deeltijds", "-/"));

    [Fact]
    public void Words_SplitsOnEverythingButLettersAndDigits() =>
        Assert.Equal(["niveau", "b1", "b3", "m", "v", "x", "reeel"], TextFold.Words("Niveau B1-B3 (m/v/x): réëel!"));

    [Fact]
    public void Words_OfNothing_IsEmpty()
    {
        Assert.Empty(TextFold.Words(null));
        Assert.Empty(TextFold.Words(" - "));
    }

    [Theory]
    [InlineData('Ë', 'e')]
    [InlineData('ç', 'c')]
    [InlineData('Č', 'c')]
    [InlineData('ø', 'ø')]
    [InlineData('Ω', 'ω')]
    [InlineData('7', '7')]
    public void FoldChar_AgreesWithTheStringFold(char c, char expected)
    {
        Assert.Equal(expected, TextFold.FoldChar(c));
        Assert.Equal(expected.ToString(), TextFold.Fold(c.ToString()));
    }
}
