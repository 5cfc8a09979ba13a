using Assistant.AI.Metrics;
using Assistant.Core.Answers;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Evaluation;

/// <summary>The assistant as the CLI runs it: built by the composition root (<see cref="CliContext.Assistant"/>) over one fixed knowledge snapshot.</summary>
public static class AssistantSessions
{
    /// <summary>A factory of fresh conversations over <paramref name="snapshot"/> (state in memory only; it owns nothing to dispose).</summary>
    public static IAssistantSessionFactory Create(CliContext context, KnowledgeSnapshot snapshot) => Create(context, snapshot, null, out _);

    /// <summary>
    /// As <see cref="Create(CliContext, KnowledgeSnapshot)"/>, with the model of <c>--model</c> (<c>fake:SCRIPT</c>, or null
    /// for the configured one) and the metrics of its calls.
    /// </summary>
    public static IAssistantSessionFactory Create(CliContext context, KnowledgeSnapshot snapshot, string? model, out ModelMetrics metrics)
    {
        using var services = context.Assistant(snapshot, model);
        metrics = services.GetRequiredService<ModelMetrics>();
        return services.GetRequiredService<IAssistantSessionFactory>();
    }
}
