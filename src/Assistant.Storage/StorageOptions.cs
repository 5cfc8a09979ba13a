using System.ComponentModel.DataAnnotations;

namespace Assistant.Storage;

/// <summary>Where and how conversations are stored (configuration section <c>Assistant:Storage</c>).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Assistant:Storage";

    /// <summary>The SQLite provider: one database file under <see cref="DataPath"/>.</summary>
    public const string SqliteProvider = "sqlite";

    /// <summary>The in-memory provider: nothing survives a restart (tests, demos).</summary>
    public const string MemoryProvider = "memory";

    /// <summary>The PostgreSQL provider (<c>Assistant.Storage.Postgres</c>): a shared database at <see cref="ConnectionString"/>, for several instances.</summary>
    public const string PostgresProvider = "postgres";

    /// <summary><c>sqlite</c> (default), <c>memory</c> or <c>postgres</c>.</summary>
    [Required]
    [RegularExpression("^(?i:sqlite|memory|postgres)$", ErrorMessage = "Assistant:Storage:Provider must be 'sqlite', 'memory' or 'postgres'.")]
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The folder holding <c>conversations.db</c>; created on first use.</summary>
    [Required]
    public string DataPath { get; set; } = "data";

    /// <summary>The PostgreSQL connection string (Npgsql syntax), required when <see cref="Provider"/> is <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether <see cref="Provider"/> is <c>postgres</c>.</summary>
    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Days after the last update at which a conversation (profile facts included) is forgotten.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The retention period as a span.</summary>
    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Assistant:Storage:ConnectionString is required when Assistant:Storage:Provider is 'postgres' (e.g. Host=db;Database=assistant;Username=assistant;Password=...).",
                [nameof(ConnectionString)]);
        }
    }
}
