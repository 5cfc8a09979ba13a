using Assistant.Core.Facts;
using Assistant.Dialogs.Answering.Composers;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>What a step consists of, also after a dash, and who runs it ("afgenomen door een extern selectiebureau").</summary>
public sealed class StepContentTests
{
    [Theory]
    [InlineData("Assessment center", "Assessment center – afgenomen door het externe bureau Kompas HR. Het bureau geeft een advies.", "afgenomen door het externe bureau Kompas HR")]
    [InlineData("Assessment", "Assessment, uitgevoerd door een extern selectiekantoor (Profiel & Co).", "uitgevoerd door een extern selectiekantoor (Profiel & Co)")]
    [InlineData("Schriftelijke proef", "Schriftelijke proef - een praktijkcase over planning en werkorganisatie.", "een praktijkcase over planning en werkorganisatie")]
    [InlineData("Praktijkproef", "Praktijkproef: herstelling van een lekkende kraan.", "herstelling van een lekkende kraan")]
    public void Of_ContentAfterTheName_IsQuoted(string name, string quote, string content)
    {
        var step = new SelectionStep { Order = 1, Name = name, Citation = new Citation("v", "vacancy.txt", "Selectie", quote, 0, quote.Length) };

        Assert.Equal(content, StepContent.Of(step));
    }
}
