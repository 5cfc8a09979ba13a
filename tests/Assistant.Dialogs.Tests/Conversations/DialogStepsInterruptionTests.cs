using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>The engine reads a message's interruption once; the dialog steps act on that reading, not on the text again.</summary>
public sealed class DialogStepsInterruptionTests
{
    private static readonly DateTimeOffset Now = new(2031, 5, 6, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly KnowledgeSnapshot Empty = new([], [], VacancyIndex.Build([]), Now);

    [Fact]
    public void Turn_TheReadingSaysHelp_AnswersWithTheHelpWhateverTheText()
    {
        var sut = new DialogSteps(new AnswerRouter(new AssistantOptions()));

        var (answer, _) = sut.Turn(Empty, new ConversationState(), new TurnInput("Tot wanneer kan ik solliciteren?", Now), Now, Interruptions.Help);

        Assert.Equal(Texts.Get("nl", "help"), answer.Text);
        Assert.Equal(Intents.Smalltalk, answer.Intent);
    }

    [Fact]
    public void Turn_NoInterruptionRead_RoutesTheMessageEvenWhenItWouldReadAsOne()
    {
        var sut = new DialogSteps(new AnswerRouter(new AssistantOptions()));

        var (answer, _) = sut.Turn(Empty, new ConversationState(), new TurnInput("help", Now), Now, interruption: null);

        Assert.NotEqual(Texts.Get("nl", "help"), answer.Text);
    }
}
