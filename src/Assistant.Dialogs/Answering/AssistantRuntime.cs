using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Dialogs.Conversations;
using Assistant.Dialogs.Model;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Answering;

/// <summary>Builds the assistant over a knowledge snapshot: the entry point for the CLI, the web host and the evaluation.</summary>
public static class AssistantRuntime
{
    /// <summary>
    /// A factory of fresh conversations answering from the current snapshot <paramref name="knowledge"/> returns,
    /// run by the conversation engine over a <see cref="SessionStateStore"/> (state in memory, no transcript, nothing written to disk).
    /// </summary>
    public static IAssistantSessionFactory CreateSessionFactory(Func<KnowledgeSnapshot> knowledge, AssistantOptions options) =>
        CreateSessionFactory(knowledge, options, new ConversationOptions(), new SessionStateStore(TimeProvider.System), TimeProvider.System);

    /// <summary>A factory of conversations over a given store (the hosts wire it: SQLite for the CLI chat and the web host), with the optional model's hooks (null: none).</summary>
    public static IAssistantSessionFactory CreateSessionFactory(Func<KnowledgeSnapshot> knowledge, AssistantOptions options, ConversationOptions conversations, IConversationStore store, TimeProvider time, ModelHooks? model = null) =>
        new SessionFactory(new ConversationEngine(knowledge, options, conversations, store, time, model: model));

    /// <summary>One-shot sessions in memory (as <see cref="CreateSessionFactory(Func{KnowledgeSnapshot}, AssistantOptions)"/>) with the model's hooks.</summary>
    public static IAssistantSessionFactory CreateSessionFactory(Func<KnowledgeSnapshot> knowledge, AssistantOptions options, ModelHooks? model) =>
        CreateSessionFactory(knowledge, options, new ConversationOptions(), new SessionStateStore(TimeProvider.System), TimeProvider.System, model);

    private sealed class SessionFactory(ConversationEngine engine) : IAssistantSessionFactory
    {
        public IAssistantSession Create() => new EngineSession(engine, Guid.NewGuid().ToString("N"));
    }
}
