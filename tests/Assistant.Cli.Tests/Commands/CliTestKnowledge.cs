namespace Assistant.Cli.Tests.Commands;

/// <summary>The repository's seed knowledge folder and temporary copies of it for CLI tests.</summary>
internal static class CliTestKnowledge
{
    public const string Harelbeke = "harelbeke-deskundige-externe-communicatie";

    /// <summary>The knowledge folder next to appsettings.json above the test binaries.</summary>
    public static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge", "vacancies")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("knowledge folder not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh temporary copy of the seed knowledge folder.</summary>
    public static string CopyToTemp()
    {
        var target = Path.Combine(Path.GetTempPath(), "cli-knowledge-" + Guid.NewGuid().ToString("N"));
        var source = SeedPath();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Directory.CreateDirectory(Path.Combine(target, "vacancies"));
        return target;
    }

    /// <summary>Runs the CLI in-process and returns the exit code with what it printed.</summary>
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }
}
