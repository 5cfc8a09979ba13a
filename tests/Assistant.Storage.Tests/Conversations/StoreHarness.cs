using Assistant.Core.Conversations;
using Assistant.Storage.Memory;
using Assistant.Storage.Postgres;
using Assistant.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Storage.Tests.Conversations;

/// <summary>
/// One store kind (<c>sqlite</c> over a temp folder, <c>memory</c>, or <c>postgres</c> in a fresh database) with a fake clock.
/// Every store it creates shares the same data: for SQLite and PostgreSQL each is a separate instance over the same
/// database, as several hosts would be.
/// </summary>
public sealed class StoreHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly List<IConversationStore> _stores = [];
    private readonly List<PostgresDatabase> _databases = [];
    private readonly TempFolder _folder = new();
    private InMemoryConversationStore? _memory;

    public StoreHarness(string kind, int retentionDays = 30, string? connectionString = null)
    {
        Kind = kind;
        Options = new StorageOptions { Provider = kind, DataPath = Path.Combine(_folder.Path, "data"), RetentionDays = retentionDays, ConnectionString = connectionString };
    }

    public string Kind { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public StorageOptions Options { get; }

    public IConversationStore Create()
    {
        IConversationStore store = Kind switch
        {
            StorageOptions.SqliteProvider => new SqliteConversationStore(Options, Clock),
            StorageOptions.MemoryProvider => _memory ??= new InMemoryConversationStore(Options, Clock),
            StorageOptions.PostgresProvider => new PostgresConversationStore(Database(), Options, Clock),
            _ => throw new ArgumentException($"Unknown store kind '{Kind}'."),
        };
        _stores.Add(store);
        return store;
    }

    public static TranscriptEntry Line(string conversationId, string text, string role = TranscriptRoles.User, string? intent = null) =>
        new(conversationId, Start, role, text, intent);

    private PostgresDatabase Database()
    {
        var database = new PostgresDatabase(Options.ConnectionString!);
        _databases.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            (store as IDisposable)?.Dispose();
        }

        _databases.ForEach(d => d.Dispose());
        _folder.Dispose();
    }
}
