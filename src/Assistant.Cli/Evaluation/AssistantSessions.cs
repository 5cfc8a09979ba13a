using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Configuration;

namespace Assistant.Cli.Evaluation;

/// <summary>The assistant as the CLI runs it: options from configuration section <see cref="AssistantOptions.SectionName"/>, one fixed knowledge snapshot.</summary>
public static class AssistantSessions
{
    /// <summary>A factory of fresh conversations over <paramref name="snapshot"/>.</summary>
    public static IAssistantSessionFactory Create(CliContext context, KnowledgeSnapshot snapshot)
    {
        var options = new AssistantOptions();
        context.Configuration.GetSection(AssistantOptions.SectionName).Bind(options);
        return AssistantRuntime.CreateSessionFactory(() => snapshot, options);
    }
}
