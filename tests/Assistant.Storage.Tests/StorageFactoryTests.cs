using System.ComponentModel.DataAnnotations;
using Assistant.Storage.Memory;
using Assistant.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Storage.Tests;

public class StorageFactoryTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Create_DefaultOptions_IsSqliteUnderData()
    {
        using var sut = Assert.IsType<SqliteConversationStore>(StorageFactory.Create(new StorageOptions(), _clock));

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "conversations.db")), sut.DatabasePath);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("Memory")]
    public void Create_MemoryProvider_IsInMemoryStore(string provider)
    {
        var sut = StorageFactory.Create(new StorageOptions { Provider = provider }, _clock);

        Assert.IsType<InMemoryConversationStore>(sut);
    }

    [Theory]
    [InlineData("postgres", 30)]
    [InlineData("mongo", 30)]
    [InlineData("", 30)]
    [InlineData("sqlite", 0)]
    [InlineData("sqlite", 3651)]
    public void Create_InvalidOptions_ThrowsValidationException(string provider, int retentionDays)
    {
        var options = new StorageOptions { Provider = provider, RetentionDays = retentionDays };

        Assert.Throws<ValidationException>(() => StorageFactory.Create(options, _clock));
    }

    [Fact]
    public void StorageOptions_Defaults_MatchTheConfigurationContract()
    {
        var sut = new StorageOptions();

        Assert.Equal(("Assistant:Storage", "sqlite", "data", 30), (StorageOptions.SectionName, sut.Provider, sut.DataPath, sut.RetentionDays));
    }

    [Fact]
    public void Create_PostgresWithConnectionString_PointsToThePostgresProject()
    {
        var options = new StorageOptions { Provider = "postgres", ConnectionString = "Host=127.0.0.1;Database=assistant" };

        var ex = Assert.Throws<NotSupportedException>(() => StorageFactory.Create(options, _clock));

        Assert.Contains("PostgresStorage.Create", ex.Message);
    }
}
