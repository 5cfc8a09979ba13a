using Assistant.Core.Conversations;
using Assistant.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Storage.Tests.Sqlite;

public sealed class SqliteConversationStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<SqliteConversationStore> _stores = [];

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }

    [Fact]
    public async Task SaveAsync_FirstUse_CreatesFolderAndDatabaseFile()
    {
        var dataPath = Path.Combine(_folder.Path, "nested", "data");
        var sut = Create(dataPath);

        await sut.SaveAsync("c1", "{}", 0);

        Assert.True(File.Exists(Path.Combine(dataPath, "conversations.db")));
        Assert.Equal(Path.GetFullPath(Path.Combine(dataPath, "conversations.db")), sut.DatabasePath);
    }

    [Fact]
    public async Task SaveFeedbackAsync_FileOfTheFirstSchema_IsMigratedAndKeepsItsLines()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        Directory.CreateDirectory(dataPath);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "conversations.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            var ticks = _clock.GetUtcNow().UtcTicks;
            command.CommandText = $"""
                CREATE TABLE conversations (id TEXT NOT NULL PRIMARY KEY, state_json TEXT NOT NULL, version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
                CREATE TABLE transcript (seq INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, at_ticks INTEGER NOT NULL,
                    at_offset_minutes INTEGER NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL, intent TEXT NULL, written_at INTEGER NOT NULL);
                INSERT INTO conversations VALUES ('old', '[]', 1, {ticks});
                INSERT INTO transcript (conversation_id, at_ticks, at_offset_minutes, role, text, intent, written_at) VALUES ('old', {ticks}, 0, 'user', 'oude vraag', NULL, {ticks});
                """;
            await command.ExecuteNonQueryAsync();
        }

        var sut = Create(dataPath);
        const string turn = "00112233445566778899aabbccddeeff";
        await sut.SaveTurnAsync("new", "{}", 0,
        [
            new TranscriptEntry("new", _clock.GetUtcNow(), TranscriptRoles.User, "nieuwe vraag", null) { TurnId = turn },
            new TranscriptEntry("new", _clock.GetUtcNow(), TranscriptRoles.Assistant, "Antwoord.", "salary") { TurnId = turn, Source = "rules" },
        ]);

        Assert.True(await sut.SaveFeedbackAsync("new", turn, FeedbackVotes.Up));
        Assert.Equal(["oude vraag"], (await sut.ReadTranscriptAsync("old")).Select(e => e.Text));
        Assert.Equal(3, (await sut.ReadInsightsAsync(_clock.GetUtcNow().AddDays(-1))).Transcript.Count);
        Assert.True(await Create(dataPath).SaveFeedbackAsync("new", turn, FeedbackVotes.Down), "a second store over the migrated file applies nothing twice");
    }

    [Fact]
    public async Task LoadAsync_NewStoreOverSameFile_SeesSavedStateAndTranscript()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        await Create(dataPath).SaveAsync("c1", "{\"n\":1}", 0);
        await Create(dataPath).AppendTranscriptAsync(new TranscriptEntry("c1", _clock.GetUtcNow(), TranscriptRoles.User, "hallo", null));
        var sut = Create(dataPath);

        Assert.Equal(1, (await sut.LoadAsync("c1"))!.Version);
        Assert.Single(await sut.ReadTranscriptAsync("c1"));
    }

    [Fact]
    public async Task SaveAsync_Database_IsInWalMode()
    {
        var sut = Create(Path.Combine(_folder.Path, "data"));
        await sut.SaveAsync("c1", "{}", 0);

        Assert.Equal("wal", await ScalarAsync(sut.DatabasePath, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task PurgeAsync_PastRetention_RemovesRowsFromTheFile()
    {
        var sut = Create(Path.Combine(_folder.Path, "data"));
        await sut.SaveAsync("c1", "{\"diploma\":\"bachelor\"}", 0);
        await sut.AppendTranscriptAsync(new TranscriptEntry("c1", _clock.GetUtcNow(), TranscriptRoles.User, "hallo", null));
        _clock.Advance(TimeSpan.FromDays(31));

        await sut.PurgeAsync();

        Assert.Equal(0L, await ScalarAsync(sut.DatabasePath, "SELECT COUNT(*) FROM conversations;"));
        Assert.Equal(0L, await ScalarAsync(sut.DatabasePath, "SELECT COUNT(*) FROM transcript;"));
    }

    [Fact]
    public async Task DeleteAsync_Forget_LeavesNoCopyInTheDatabaseOrItsWriteAheadLog()
    {
        const string Marker = "zeppelinkwartel";
        var sut = Create(Path.Combine(_folder.Path, "data"));
        await sut.SaveAsync("keep", "{\"note\":\"blijft staan\"}", 0);
        for (var i = 0; i < 20; i++)
        {
            await sut.SaveAsync("forget", $"{{\"hobby\":\"{Marker} {i}\"}}", i);
            await sut.AppendTranscriptAsync(new TranscriptEntry("forget", _clock.GetUtcNow(), TranscriptRoles.User, $"ik hou van {Marker} nummer {i}", null));
        }

        Assert.True(FilesContain(sut.DatabasePath, Marker), "the marker should be on disk before the delete");

        await sut.DeleteAsync("forget");

        Assert.False(FilesContain(sut.DatabasePath, Marker), "a deleted conversation stays readable in the database file, its free pages or the WAL");
        Assert.Null(await sut.LoadAsync("forget"));
        Assert.NotNull(await sut.LoadAsync("keep"));
    }

    [Fact]
    public async Task DeleteAsync_Forget_TruncatesTheWriteAheadLog()
    {
        var sut = Create(Path.Combine(_folder.Path, "data"));
        await sut.SaveAsync("c1", "{}", 0);
        Assert.True(new FileInfo(sut.DatabasePath + "-wal").Length > 0);

        await sut.DeleteAsync("c1");

        var wal = new FileInfo(sut.DatabasePath + "-wal");
        Assert.Equal(0, wal.Exists ? wal.Length : 0);
    }

    /// <summary>Whether the database file or its -wal/-shm companions hold <paramref name="marker"/> (UTF-8) anywhere.</summary>
    private static bool FilesContain(string databasePath, string marker)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(marker);
        foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }.Where(File.Exists))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            file.CopyTo(memory);
            if (memory.ToArray().AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task AppendTranscriptAsync_PersonalData_NeverReachesTheFile()
    {
        var sut = Create(Path.Combine(_folder.Path, "data"));

        await sut.AppendTranscriptAsync(new TranscriptEntry("c1", _clock.GetUtcNow(), TranscriptRoles.User, "Mijn rijksregisternummer is 85.07.30-033.28", null));

        Assert.Equal("Mijn rijksregisternummer is [id]", await ScalarAsync(sut.DatabasePath, "SELECT text FROM transcript;"));
    }

    [Fact]
    public async Task Operations_CorruptDatabaseFile_ThrowStorageUnavailable()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        Directory.CreateDirectory(dataPath);
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);
        await File.WriteAllBytesAsync(Path.Combine(dataPath, "conversations.db"), garbage);
        var sut = Create(dataPath);

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.LoadAsync("c1"));
        Assert.StartsWith("conversation store unavailable: ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(ex.InnerException);
        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.SaveAsync("c1", "{}", 0));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.AppendTranscriptAsync(new TranscriptEntry("c1", _clock.GetUtcNow(), TranscriptRoles.User, "x", null)));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.ReadTranscriptAsync("c1"));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.DeleteAsync("c1"));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.PurgeAsync());
    }

    [Fact]
    public async Task IsHealthyAsync_CorruptDatabaseFile_ReturnsFalse()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        Directory.CreateDirectory(dataPath);
        await File.WriteAllTextAsync(Path.Combine(dataPath, "conversations.db"), "this is not a database, just text that is long enough to look like a header");
        var sut = Create(dataPath);

        Assert.False(await sut.IsHealthyAsync());
    }

    [Fact]
    public async Task LoadAsync_DatabasePathIsADirectory_ThrowsStorageUnavailableAndIsUnhealthy()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        Directory.CreateDirectory(Path.Combine(dataPath, "conversations.db"));
        var sut = Create(dataPath);

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.LoadAsync("c1"));

        Assert.StartsWith("conversation store unavailable: ", ex.Message, StringComparison.Ordinal);
        Assert.False(await sut.IsHealthyAsync());
    }

    [Fact]
    public async Task LoadAsync_DataPathIsAFile_ThrowsStorageUnavailable()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        await File.WriteAllTextAsync(dataPath, "a file where the folder should be");
        var sut = Create(dataPath);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.LoadAsync("c1"));
        Assert.False(await sut.IsHealthyAsync());
    }

    [Fact]
    public async Task IsHealthyAsync_FileRepairedAfterFailure_RecoversWithoutRestart()
    {
        var dataPath = Path.Combine(_folder.Path, "data");
        var file = Path.Combine(dataPath, "conversations.db");
        Directory.CreateDirectory(dataPath);
        await File.WriteAllTextAsync(file, "this is not a database, just text that is long enough to look like a header");
        var sut = Create(dataPath);
        Assert.False(await sut.IsHealthyAsync());

        File.Delete(file);

        Assert.True(await sut.IsHealthyAsync());
        Assert.Equal(1, await sut.SaveAsync("c1", "{}", 0));
    }

    private SqliteConversationStore Create(string dataPath)
    {
        var store = new SqliteConversationStore(new StorageOptions { DataPath = dataPath, RetentionDays = 30 }, _clock);
        _stores.Add(store);
        return store;
    }

    private static async Task<object?> ScalarAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
