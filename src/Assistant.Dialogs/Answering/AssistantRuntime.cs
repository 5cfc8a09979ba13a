using Assistant.Core.Answers;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Answering;

/// <summary>Builds the assistant over a knowledge snapshot: the entry point for the CLI, the web host and the evaluation.</summary>
public static class AssistantRuntime
{
    /// <summary>A factory of fresh conversations answering from the current snapshot <paramref name="knowledge"/> returns.</summary>
    public static IAssistantSessionFactory CreateSessionFactory(Func<KnowledgeSnapshot> knowledge, AssistantOptions options) =>
        new SessionFactory(knowledge, new AnswerRouter(options));

    private sealed class SessionFactory(Func<KnowledgeSnapshot> knowledge, AnswerRouter router) : IAssistantSessionFactory
    {
        public IAssistantSession Create() => new AssistantSession(knowledge, router);
    }
}
