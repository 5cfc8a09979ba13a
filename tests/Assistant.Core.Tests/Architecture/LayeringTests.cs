using System.Xml.Linq;

namespace Assistant.Core.Tests.Architecture;

/// <summary>
/// The layers read Core → Knowledge → Tools → Understanding → Dialogs → Hosting (the composition root) → hosts (Web,
/// Cli), with Storage and BotFramework as side libraries over Core that only Hosting and the hosts use. The project references of src/*/*.csproj must follow
/// <see cref="Allowed"/>; a reference to a layer above, or a project the table does not know, fails.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// Each src project and the projects it may reference. A new project gets its row here (and the README of its
    /// layer says what it may use); a new edge must point down.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Assistant.Core"] = [],
        ["Assistant.Knowledge"] = ["Assistant.Core"],
        ["Assistant.Tools"] = ["Assistant.Core", "Assistant.Knowledge"],
        ["Assistant.Procedures"] = ["Assistant.Core", "Assistant.Knowledge"],
        ["Assistant.Understanding"] = ["Assistant.Core", "Assistant.Knowledge", "Assistant.Tools"],
        ["Assistant.Dialogs"] = ["Assistant.Core", "Assistant.Knowledge", "Assistant.Tools", "Assistant.Understanding", "Assistant.Procedures"],
        ["Assistant.Storage"] = ["Assistant.Core"],
        ["Assistant.Storage.Postgres"] = ["Assistant.Core", "Assistant.Storage"],
        ["Assistant.BotFramework"] = ["Assistant.Core"],
        // The optional language model: tools and search as plugins, the transcript redactor of Storage for what leaves the process,
        // and the implementations of the hooks Dialogs defines (the layers below never reference it: Hosting wires it).
        ["Assistant.AI"] = ["Assistant.Core", "Assistant.Knowledge", "Assistant.Tools", "Assistant.Understanding", "Assistant.Dialogs", "Assistant.Storage"],
        ["Assistant.Hosting"] = ["Assistant.Core", "Assistant.Knowledge", "Assistant.Tools", "Assistant.Understanding", "Assistant.Procedures", "Assistant.Dialogs", "Assistant.Storage", "Assistant.Storage.Postgres", "Assistant.AI"],
        ["Assistant.Cli"] = ["Assistant.Core", "Assistant.Knowledge", "Assistant.Tools", "Assistant.Understanding", "Assistant.Procedures", "Assistant.Dialogs", "Assistant.Storage", "Assistant.Storage.Postgres", "Assistant.Hosting", "Assistant.AI"],
        ["Assistant.Web"] = ["Assistant.Core", "Assistant.Knowledge", "Assistant.Tools", "Assistant.Understanding", "Assistant.Procedures", "Assistant.Dialogs", "Assistant.Storage", "Assistant.Storage.Postgres", "Assistant.Hosting", "Assistant.BotFramework", "Assistant.AI"],
    };

    [Fact]
    public void SourceProjects_ReferenceOnlyTheLayersBelowThem()
    {
        var references = ReadReferences(Path.Combine(RepositoryRoot(), "src"));

        Assert.NotEmpty(references);
        Assert.Empty(Violations(references, Allowed));
    }

    [Fact]
    public void Violations_AReferenceUpward_IsReported()
    {
        var references = new Dictionary<string, string[]>
        {
            ["Lower"] = ["Upper"],
            ["Upper"] = ["Lower"],
        };
        var allowed = new Dictionary<string, string[]> { ["Lower"] = [], ["Upper"] = ["Lower"] };

        Assert.Equal(["Lower -> Upper: not an allowed reference"], Violations(references, allowed));
    }

    [Fact]
    public void Violations_AProjectTheTableDoesNotKnow_IsReported()
    {
        var references = new Dictionary<string, string[]> { ["Lower"] = [], ["Newcomer"] = ["Lower"] };
        var allowed = new Dictionary<string, string[]> { ["Lower"] = [] };

        Assert.Equal(["Newcomer: unknown project (add its row to LayeringTests.Allowed)"], Violations(references, allowed));
    }

    [Fact]
    public void ReadReferences_ReadsTheProjectNamesOfProjectReferences()
    {
        var root = Directory.CreateTempSubdirectory("layering-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "A"));
            File.WriteAllText(Path.Combine(root.FullName, "A", "A.csproj"),
                """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="..\B\B.csproj" /><PackageReference Include="X" /></ItemGroup></Project>""");
            Directory.CreateDirectory(Path.Combine(root.FullName, "B"));
            File.WriteAllText(Path.Combine(root.FullName, "B", "B.csproj"), """<Project Sdk="Microsoft.NET.Sdk" />""");

            var references = ReadReferences(root.FullName);

            Assert.Equal(["B"], references["A"]);
            Assert.Empty(references["B"]);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>One line per reference the table does not allow and per project it does not know.</summary>
    internal static List<string> Violations(IReadOnlyDictionary<string, string[]> references, IReadOnlyDictionary<string, string[]> allowed)
    {
        var violations = new List<string>();
        foreach (var (project, targets) in references.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!allowed.TryGetValue(project, out var may))
            {
                violations.Add($"{project}: unknown project (add its row to LayeringTests.Allowed)");
                continue;
            }

            violations.AddRange(targets.Where(target => !may.Contains(target, StringComparer.Ordinal)).Select(target => $"{project} -> {target}: not an allowed reference"));
        }

        return violations;
    }

    /// <summary>The project references of every <c>*.csproj</c> under <paramref name="folder"/> (bin and obj left out), by project name.</summary>
    internal static Dictionary<string, string[]> ReadReferences(string folder) =>
        Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(
                path => Path.GetFileNameWithoutExtension(path),
                path => XDocument.Load(path).Descendants()
                    .Where(element => element.Name.LocalName == "ProjectReference")
                    .Select(element => Path.GetFileNameWithoutExtension(((string?)element.Attribute("Include") ?? "").Replace('\\', '/')))
                    .ToArray(),
                StringComparer.Ordinal);

    /// <summary>The folder of Assistant.sln above the test binaries.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (Assistant.sln) not found above " + AppContext.BaseDirectory);
    }
}
