using Assistant.Knowledge.Base;

namespace Assistant.Web.Hosting;

/// <summary>Loads the knowledge base before the server accepts requests, and starts watching the folder.</summary>
internal sealed class KnowledgeStarter(KnowledgeBase knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(knowledge.KnowledgePath))
        {
            knowledge.Start();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
