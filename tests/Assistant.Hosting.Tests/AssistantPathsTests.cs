using Microsoft.Extensions.Configuration;

namespace Assistant.Hosting.Tests;

public sealed class AssistantPathsTests
{
    [Fact]
    public void Resolve_Defaults_AreTheKnowledgeAndDataFoldersUnderTheBaseDirectory()
    {
        var baseDirectory = Path.Combine(Path.GetTempPath(), "invented-base");

        var sut = AssistantPaths.Resolve(new ConfigurationBuilder().Build(), baseDirectory);

        Assert.Equal((Path.Combine(baseDirectory, "knowledge"), Path.Combine(baseDirectory, "data")), (sut.KnowledgePath, sut.DataPath));
    }

    [Fact]
    public void Resolve_AnAbsoluteConfiguredPath_IsKept()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "kb");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Assistant:Knowledge:Path"] = absolute }).Build();

        Assert.Equal(absolute, AssistantPaths.Resolve(configuration, "/invented").KnowledgePath);
    }

    [Fact]
    public void FindBaseDirectory_InsideTheRepository_FindsTheFolderWithAppSettingsAndKnowledge()
    {
        var found = AssistantPaths.FindBaseDirectory("/nowhere");

        Assert.True(File.Exists(Path.Combine(found, "appsettings.json")) && Directory.Exists(Path.Combine(found, "knowledge")), found);
    }
}
