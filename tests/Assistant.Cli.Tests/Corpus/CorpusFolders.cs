namespace Assistant.Cli.Tests.Corpus;

/// <summary>The test corpus folders (tests/corpus/tuned and tests/corpus/heldout) above the test binaries.</summary>
internal static class CorpusFolders
{
    public static string Part(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "corpus", name);
            if (Directory.Exists(Path.Combine(folder, "vacancies")))
            {
                return folder;
            }
        }

        throw new DirectoryNotFoundException($"tests/corpus/{name} not found above {AppContext.BaseDirectory}");
    }
}
