using Assistant.Hosting;
using Assistant.Core.Conversations;
using Assistant.Storage;
using Assistant.Storage.Postgres;

namespace Assistant.Web.Hosting;

/// <summary>
/// With the <c>postgres</c> provider, applies the schema migrations at start. A database that cannot be reached then is
/// logged (the host still starts, <c>/readyz</c> says not ready, and the migrations run at the first use that reaches it).
/// </summary>
public sealed partial class StorageMigrator(ResolvedStorage storage, IServiceProvider services, ILogger<StorageMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!storage.Options.IsPostgres)
        {
            return;
        }

        try
        {
            await services.GetRequiredService<PostgresDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            LogNotMigrated(ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "PostgreSQL could not be reached at start, so the schema is not migrated yet (it will be at the first use that reaches it): {Problem}")]
    private partial void LogNotMigrated(string problem);
}
