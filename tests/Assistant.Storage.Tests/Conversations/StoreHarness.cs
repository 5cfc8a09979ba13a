using Assistant.Core.Conversations;
using Assistant.Storage.Memory;
using Assistant.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Storage.Tests.Conversations;

/// <summary>
/// One store kind (<c>sqlite</c> over a temp folder, or <c>memory</c>) with a fake clock. Every store it creates
/// shares the same data: for SQLite each is a separate instance over the same file, as several hosts would be.
/// </summary>
public sealed class StoreHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly List<IConversationStore> _stores = [];
    private readonly TempFolder _folder = new();
    private InMemoryConversationStore? _memory;

    public StoreHarness(string kind, int retentionDays = 30)
    {
        Kind = kind;
        Options = new StorageOptions { Provider = kind, DataPath = Path.Combine(_folder.Path, "data"), RetentionDays = retentionDays };
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
            _ => throw new ArgumentException($"Unknown store kind '{Kind}'."),
        };
        _stores.Add(store);
        return store;
    }

    public static TranscriptEntry Line(string conversationId, string text, string role = TranscriptRoles.User, string? intent = null) =>
        new(conversationId, Start, role, text, intent);

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            (store as IDisposable)?.Dispose();
        }

        _folder.Dispose();
    }
}
