using Assistant.Knowledge.Index;

namespace Assistant.Knowledge.Tests.Index;

public sealed class CompoundSplitterTests
{
    private readonly CompoundSplitter _sut = new(["team", "leider", "samen", "werken", "hospitalisatie", "verzekering"]);

    [Theory]
    [InlineData("bachelordiploma", "bachelor diploma")]
    [InlineData("wervingsreserve", "werving reserve")]
    [InlineData("teamleider", "team leider")]
    [InlineData("hospitalisatieverzekering", "hospitalisatie verzekering")]
    [InlineData("maaltijdcheques", "maaltijd cheques")]
    public void Split_KnownParts_ReturnsTheParts(string word, string parts)
    {
        Assert.Equal(parts.Split(' '), _sut.Split(word));
    }

    [Theory]
    [InlineData("communicatie")]
    [InlineData("diploma")]
    [InlineData("kort")]
    [InlineData("organisatorisch")]
    public void Split_NoCompound_ReturnsNothing(string word)
    {
        Assert.Empty(_sut.Split(word));
    }

    private static readonly HashSet<string> Words = new(["sport", "park", "zwembad", "beheer", "onderhoud", "ploeg"], StringComparer.Ordinal);
    private static readonly HashSet<string> Heads = new(["beheerder"], StringComparer.Ordinal);

    [Theory]
    [InlineData("sportpark", "sport", "park")]
    [InlineData("sportspark", "sport", "park")]
    [InlineData("onderhoudsploeg", "onderhoud", "ploeg")]
    public void SplitInTwo_BothPartsKnown_OrALinkingLetter_SplitsAtTheFirstPoint(string word, string left, string right)
    {
        Assert.Equal((left, right), CompoundSplitter.SplitInTwo(word, Words.GetAlternateLookup<ReadOnlySpan<char>>()));
    }

    [Fact]
    public void SplitInTwo_AnUnknownLeftPart_SplitsOnlyBeforeAHead()
    {
        var words = new HashSet<string>(Words.Concat(Heads), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.Null(CompoundSplitter.SplitInTwo("zaalbeheerder", words));
        Assert.Equal(("zaal", "beheerder"), CompoundSplitter.SplitInTwo("zaalbeheerder", words, Heads.GetAlternateLookup<ReadOnlySpan<char>>()));
    }

    [Theory]
    [InlineData("parkpad")]
    [InlineData("zwembadkassa")]
    public void SplitInTwo_TooShortOrAnUnknownRightPart_DoesNotSplit(string word)
    {
        Assert.Null(CompoundSplitter.SplitInTwo(word, Words.GetAlternateLookup<ReadOnlySpan<char>>()));
    }

    private static readonly HashSet<string> IndexTerms = new(["kantoor", "werk", "samen", "werken", "tuin", "verband", "samenwerking"], StringComparer.Ordinal);

    [Theory]
    [InlineData("kantoorwerk", "kantoor", "werk")]
    [InlineData("samenwerkingsverband", "samenwerking", "verband")]
    [InlineData("tuinwerken", "tuin", "werken")]
    public void SplitInTwoEvenly_BothPartsAccepted_SplitsMostEvenlySkippingALinkingS(string word, string left, string right)
    {
        Assert.Equal((left, right), CompoundSplitter.SplitInTwoEvenly(word, IndexTerms.Contains));
    }

    [Theory]
    [InlineData("kantoorpark")]
    [InlineData("werk")]
    [InlineData("voorwerken")]
    public void SplitInTwoEvenly_APartNotAcceptedOrAStopWordHead_GivesNothing(string word)
    {
        Assert.Null(CompoundSplitter.SplitInTwoEvenly(word, w => IndexTerms.Contains(w) || w == "voor"));
    }
}
