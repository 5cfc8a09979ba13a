using Assistant.Dialogs.Answering.Composers;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>"Hoeveel …" about a benefit is answered only by a line that states a number.</summary>
public sealed class AmountAskedTests
{
    [Theory]
    [InlineData(" hoeveel cent per km is de kilometervergoeding ", true)]
    [InlineData(" how much is the bike allowance ", true)]
    [InlineData(" is er een kilometervergoeding ", false)]
    public void AsksAmount_Question_ReadsHowMuch(string folded, bool expected) =>
        Assert.Equal(expected, TopicAnswers.AsksAmount(folded));

    [Theory]
    [InlineData("- Kilometervergoeding voor de verplaatsingen met de eigen wagen", false)]
    [InlineData("- Maaltijdcheques van 8 euro", true)]
    [InlineData("- Twee vrijkaarten per seizoen", true)]
    public void StatesAmount_Line_NeedsANumber(string line, bool expected) =>
        Assert.Equal(expected, TopicAnswers.StatesAmount(line));

    [Theory]
    [InlineData("hoeveel weken inwerking krijg ik", true)]
    [InlineData("hoeveel ergotherapeuten werken er", false)]
    public void CountsInAUnit_Question_ReadsTheWordAfterHoeveel(string question, bool expected) =>
        Assert.Equal(expected, RetrievalAnswers.CountsInAUnit(Assistant.Core.Text.TextFold.Words(question)));
}
