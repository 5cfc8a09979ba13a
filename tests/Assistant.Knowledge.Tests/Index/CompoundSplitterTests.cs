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
}
