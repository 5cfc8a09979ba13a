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
}
