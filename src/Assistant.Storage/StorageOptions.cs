using System.ComponentModel.DataAnnotations;

namespace Assistant.Storage;

/// <summary>Where and how conversations are stored (configuration section <c>Assistant:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Assistant:Storage";

    /// <summary>The SQLite provider: one database file under <see cref="DataPath"/>.</summary>
    public const string SqliteProvider = "sqlite";

    /// <summary>The in-memory provider: nothing survives a restart (tests, demos).</summary>
    public const string MemoryProvider = "memory";

    /// <summary><c>sqlite</c> (default) or <c>memory</c>.</summary>
    [Required]
    [RegularExpression("^(?i:sqlite|memory)$", ErrorMessage = "Assistant:Storage:Provider must be 'sqlite' or 'memory'.")]
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The folder holding <c>conversations.db</c>; created on first use.</summary>
    [Required]
    public string DataPath { get; set; } = "data";

    /// <summary>Days after the last update at which a conversation (profile facts included) is forgotten.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The retention period as a span.</summary>
    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
