using System.ComponentModel.DataAnnotations;

namespace Assistant.Knowledge.Base;

/// <summary>Where the knowledge base lives (configuration section <c>Assistant:Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Assistant:Knowledge";

    /// <summary>The knowledge folder (vacancies/, general/, salary-scales/). Relative paths are resolved against the folder holding appsettings.json.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";

    /// <summary>Watch the folder and reload on change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet period after the last file change before a reload starts.</summary>
    public int ReloadDebounceMilliseconds { get; set; } = 500;

    /// <summary>Keep what loading computes (facts, parsed documents, the index) in <see cref="CachePath"/> (see <c>KnowledgeCache</c>).</summary>
    public bool Cache { get; set; } = true;

    /// <summary>The cache folder; relative paths are resolved against the folder holding appsettings.json. Empty: <c>cache</c> under the data folder.</summary>
    public string? CachePath { get; set; }

    /// <summary>The full cache folder, or null when <see cref="Cache"/> is off.</summary>
    /// <param name="baseDirectory">The folder relative paths are resolved against.</param>
    /// <param name="dataPath">The data folder (<c>Assistant:Storage:DataPath</c>; default <c>data</c>).</param>
    public string? CacheFolder(string baseDirectory, string? dataPath) =>
        !Cache ? null
        : !string.IsNullOrWhiteSpace(CachePath) ? System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, CachePath))
        : System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, string.IsNullOrWhiteSpace(dataPath) ? "data" : dataPath, "cache"));
}
