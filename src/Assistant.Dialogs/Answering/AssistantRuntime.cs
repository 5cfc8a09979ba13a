using Assistant.Core.Answers;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Answering;

/// <summary>Builds the assistant over a knowledge snapshot: the entry point for the CLI, the web host and the evaluation.</summary>
public static class AssistantRuntime
{
    /// <summary>A factory of fresh conversations answering from <paramref name="knowledge"/>.</summary>
    public static IAssistantSessionFactory CreateSessionFactory(Func<KnowledgeSnapshot> knowledge, AssistantOptions options) =>
        new PlaceholderFactory();

    private sealed class PlaceholderFactory : IAssistantSessionFactory
    {
        public IAssistantSession Create() => new PlaceholderSession();
    }

    private sealed class PlaceholderSession : IAssistantSession
    {
        public ValueTask<Answer> SendAsync(TurnInput input, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new Answer { Text = "…", Language = "nl", Intent = "unknown", Source = "none" });
    }
}
