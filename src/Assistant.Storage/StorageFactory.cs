using System.ComponentModel.DataAnnotations;
using Assistant.Core.Conversations;
using Assistant.Storage.Memory;
using Assistant.Storage.Redaction;
using Assistant.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Assistant.Storage;

/// <summary>Creates the configured conversation store (for hosts without dependency injection, and for tests).</summary>
public static class StorageFactory
{
    /// <summary>
    /// Validates <paramref name="options"/> (throws <see cref="ValidationException"/> when invalid) and creates the
    /// store of <see cref="StorageOptions.Provider"/>. The caller owns the result; dispose it when it is <see cref="IDisposable"/>.
    /// </summary>
    public static IConversationStore Create(StorageOptions options, TimeProvider time, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        if (options.IsPostgres)
        {
            throw new NotSupportedException("The 'postgres' provider lives in Assistant.Storage.Postgres: create it with PostgresStorage.Create.");
        }

        var redactor = TranscriptRedactor.Default;
        return options.Provider.ToLowerInvariant() switch
        {
            StorageOptions.MemoryProvider => new InMemoryConversationStore(options, time, redactor, loggerFactory?.CreateLogger<InMemoryConversationStore>()),
            _ => new SqliteConversationStore(options, time, redactor, loggerFactory?.CreateLogger<SqliteConversationStore>()),
        };
    }
}
