using Assistant.Dialogs.Conversations;

namespace Assistant.Dialogs.Tests.Conversations;

public sealed class InterruptionsTests
{
    [Theory]
    [InlineData("Je veux parler à un agent")]
    [InlineData("I want to talk to an agent")]
    [InlineData("agent?")]
    [InlineData("Can I speak with a human please")]
    public void Detect_RequestForAPerson_IsHuman(string text)
    {
        Assert.Equal("human", Interruptions.Detect(text));
    }

    [Theory]
    [InlineData("Combien gagne un agent d'accueil à la piscine ?")]
    [InlineData("Who works in human resources at the city?")]
    [InlineData("Is de job van agent van de wegpolitie voltijds?")]
    public void Detect_AgentOrHumanAsPartOfAJobOrDepartment_IsNoInterruption(string text)
    {
        Assert.Null(Interruptions.Detect(text));
    }
}
