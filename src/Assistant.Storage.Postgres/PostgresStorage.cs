using Assistant.Core.Conversations;
using Assistant.Storage.Redaction;
using Microsoft.Extensions.Logging;

namespace Assistant.Storage.Postgres;

/// <summary>Creates the configured conversation store, PostgreSQL included (the hosts' one switch over <see cref="StorageOptions.Provider"/>).</summary>
public static class PostgresStorage
{
    /// <summary>
    /// The store of <see cref="StorageOptions.Provider"/>: <c>postgres</c> here (a new <see cref="PostgresDatabase"/> owned by the
    /// store), anything else through <see cref="StorageFactory"/>. Validates the options first.
    /// </summary>
    public static IConversationStore Create(StorageOptions options, TimeProvider time, ILoggerFactory? loggerFactory = null, PostgresDatabase? database = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (!options.IsPostgres)
        {
            return StorageFactory.Create(options, time, loggerFactory);
        }

        System.ComponentModel.DataAnnotations.Validator.ValidateObject(options, new(options), validateAllProperties: true);
        var owns = database is null;
        database ??= new PostgresDatabase(options.ConnectionString!, loggerFactory?.CreateLogger<PostgresDatabase>());
        return new PostgresConversationStore(database, options, time, TranscriptRedactor.Default, loggerFactory?.CreateLogger<PostgresConversationStore>(), owns);
    }
}
