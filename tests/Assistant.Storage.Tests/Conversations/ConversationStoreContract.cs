using Assistant.Tests.Postgres;

namespace Assistant.Storage.Tests.Conversations;

/// <summary>
/// The contract of <see cref="Assistant.Core.Conversations.IConversationStore"/> (state and versions, concurrency, retention,
/// transcripts, turn writes: the partial files beside this one), run once per store by the subclasses below, so every
/// store is held to the same behaviour.
/// </summary>
public abstract partial class ConversationStoreContract
{
    /// <summary>A fresh harness (empty store) of the subclass's kind.</summary>
    protected abstract StoreHarness NewHarness(int retentionDays = 30);
}

/// <summary>The contract on the embedded SQLite store.</summary>
public sealed class SqliteStoreContractTests : ConversationStoreContract
{
    protected override StoreHarness NewHarness(int retentionDays = 30) => new(StorageOptions.SqliteProvider, retentionDays);
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryStoreContractTests : ConversationStoreContract
{
    protected override StoreHarness NewHarness(int retentionDays = 30) => new(StorageOptions.MemoryProvider, retentionDays);
}

/// <summary>The contract on PostgreSQL: a real server for the class, a fresh database per test; skipped when PostgreSQL is not installed.</summary>
public sealed class PostgresStoreContractTests(PostgresServer server) : ConversationStoreContract, IClassFixture<PostgresServer>
{
    protected override StoreHarness NewHarness(int retentionDays = 30)
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        return new(StorageOptions.PostgresProvider, retentionDays, server.CreateDatabaseAsync().GetAwaiter().GetResult());
    }
}
