namespace Assistant.Knowledge.Tests.Fixtures;

/// <summary>Where the vacancy fixtures are: copied next to the test assembly, and in the source tree.</summary>
internal static class FixturePaths
{
    /// <summary>The fixtures as copied to the test output directory.</summary>
    public static string Output(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "vacancies", fileName);

    /// <summary>The checked-in fixtures folder, found by walking up from the test assembly to the project file.</summary>
    public static string SourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Assistant.Knowledge.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "Fixtures", "vacancies");
            }
        }

        throw new DirectoryNotFoundException("Assistant.Knowledge.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
