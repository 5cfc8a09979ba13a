using Assistant.Knowledge.Base;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;

namespace Assistant.Hosting;

/// <summary>
/// The folders the assistant works with, found and resolved once by the host at start: <see cref="BaseDirectory"/>
/// (the folder holding <c>appsettings.json</c> and <c>knowledge/</c>), the knowledge folder
/// (<c>Assistant:Knowledge:Path</c>) and the data folder (<c>Assistant:Storage:DataPath</c>), both relative to it
/// unless absolute.
/// </summary>
public sealed record AssistantPaths(string BaseDirectory, string KnowledgePath, string DataPath)
{
    /// <summary>
    /// The folder with <c>appsettings.json</c> and <c>knowledge/</c>: the current directory or one of its parents, else
    /// the program's folder or one of its parents, else <paramref name="fallback"/> (the program's folder when null).
    /// </summary>
    public static string FindBaseDirectory(string? fallback = null) =>
        FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory) ?? fallback ?? AppContext.BaseDirectory;

    /// <summary>The paths configured in <paramref name="configuration"/>, resolved against <paramref name="baseDirectory"/>.</summary>
    public static AssistantPaths Resolve(IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var knowledge = new KnowledgeOptions();
        configuration.GetSection(KnowledgeOptions.SectionName).Bind(knowledge);
        var storage = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(storage);
        return new AssistantPaths(baseDirectory, Combine(baseDirectory, knowledge.Path), Combine(baseDirectory, storage.DataPath));
    }

    /// <summary><paramref name="path"/> against <paramref name="baseDirectory"/>, unless it is absolute.</summary>
    public static string Combine(string baseDirectory, string path) => Path.GetFullPath(Path.Combine(baseDirectory, path));

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
