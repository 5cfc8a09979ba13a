namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// The sentence facts answers quote without reading the documents again: how an application is sent, the documents asked
/// later, and the selection remarks the steps leave out; each with a citation whose offsets point at its quote.
/// </summary>
public sealed class SentenceFactsTests
{
    private const string Text = "Technicus groendienst\n\nSelectie\n\nDe selectie bestaat uit een schriftelijke proef en een sollicitatiegesprek.\n"
        + "Bij meer dan 30 kandidaturen organiseren we eerst een online preselectietest.\n\n"
        + "Solliciteren\n\nSolliciteren kan enkel via het online formulier op onze website.\n"
        + "Voeg je cv toe. Je diploma vragen we pas op als je geslaagd bent.\n";

    [Fact]
    public void Extract_SentenceFacts_AreReadWithTheirCitation()
    {
        var sut = TestKnowledge.FromText(Text);

        Assert.Equal("Solliciteren kan enkel via het online formulier op onze website.", sut.ApplicationChannel[0].Quote);
        Assert.Equal("Je diploma vragen we pas op als je geslaagd bent.", Assert.Single(sut.DocumentsLater).Quote);
        Assert.Contains(sut.SelectionRemarks, r => r.Quote.Contains("preselectietest", StringComparison.Ordinal));
        Assert.All(sut.ApplicationChannel.Concat(sut.DocumentsLater), c => Assert.Equal(c.Quote.Length, c.End - c.Start));
    }

    [Theory]
    [InlineData("Kandidaturen per post of per mail nemen we niet in aanmerking.")]
    [InlineData("Stuur je kandidatuur per post naar het stadhuis of per e-mail naar jobs@voorbeeld.be.")]
    public void Extract_WayToApply_StatedOtherwise_IsFound(string sentence)
    {
        var sut = TestKnowledge.FromText($"Technicus groendienst\n\nSolliciteren\n\n{sentence}\n");

        Assert.Equal(sentence, Assert.Single(sut.ApplicationChannel).Quote);
    }
}
