namespace Assistant.Understanding.Tests;

/// <summary>The kind of post the candidate asks about, contractual or statutory; their current contract is no such kind. Invented phrasings.</summary>
public sealed class Elig19PostKindTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("en voor het contract van onbepaalde duur dan?", "contractual")]
    [InlineData("Kan ik meedoen voor een contractuele vervanging uit de reserve?", "contractual")]
    [InlineData("And as a contractual?", "contractual")]
    [InlineData("Kan ik meedoen voor de vaste (statutaire) job?", "statutory")]
    [InlineData("Mag ik statutair starten als consulent?", "statutory")]
    [InlineData("Is a statutory appointment possible for me?", "statutory")]
    [InlineData("Ik heb een bachelor sociaal werk, kan ik solliciteren?", null)]
    [InlineData("Kan ik meedoen voor de statutaire of de contractuele betrekking?", null)]
    public void Analyze_PostAskedAbout_ReadsItsKind(string text, string? kind)
    {
        Assert.Equal(kind, _sut.Analyze(text).Profile.PostKind);
    }
}
