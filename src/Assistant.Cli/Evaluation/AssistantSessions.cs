using Assistant.Core.Answers;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Evaluation;

/// <summary>The assistant as the CLI runs it: built by the composition root (<see cref="CliContext.Assistant"/>) over one fixed knowledge snapshot.</summary>
public static class AssistantSessions
{
    /// <summary>A factory of fresh conversations over <paramref name="snapshot"/> (state in memory only; it owns nothing to dispose).</summary>
    public static IAssistantSessionFactory Create(CliContext context, KnowledgeSnapshot snapshot)
    {
        using var services = context.Assistant(snapshot);
        return services.GetRequiredService<IAssistantSessionFactory>();
    }
}
