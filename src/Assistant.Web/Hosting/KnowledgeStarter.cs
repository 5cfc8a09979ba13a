using Assistant.Knowledge.Base;

namespace Assistant.Web.Hosting;

/// <summary>
/// Loads the knowledge base before the server accepts requests, and starts watching the folder. A missing knowledge
/// folder, or one without any vacancy, is logged as an error naming the full path it tried (a published app or a
/// container started without its knowledge otherwise only shows up as an unready <c>/readyz</c>).
/// </summary>
internal sealed partial class KnowledgeStarter(KnowledgeBase knowledge, ILogger<KnowledgeStarter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(knowledge.KnowledgePath);
        if (!Directory.Exists(path))
        {
            LogMissing(logger, path, Directory.GetCurrentDirectory());
            return Task.CompletedTask;
        }

        knowledge.Start();
        if (knowledge.Current.Vacancies.Count == 0)
        {
            LogEmpty(logger, path, knowledge.Current.Errors.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder {Path} does not exist (working directory {WorkingDirectory}): no vacancy can be answered. Set Assistant:Knowledge:Path or put the knowledge folder there.")]
    private static partial void LogMissing(ILogger logger, string path, string workingDirectory);

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge folder {Path} holds no vacancy ({Errors} load errors): no vacancy can be answered. Put vacancy documents in its vacancies/ folder.")]
    private static partial void LogEmpty(ILogger logger, string path, int errors);
}
