using Assistant.Knowledge.Base;
using Assistant.Knowledge.Tests.Documents;

namespace Assistant.Knowledge.Tests.Fixtures;

public sealed class FixtureGeneratorTests
{
    [Theory]
    [InlineData(FixtureGenerator.PdfFixture)]
    [InlineData(FixtureGenerator.DocxFixture)]
    public void Generate_ToTempDirectory_MatchesCheckedInFixtureText(string fileName)
    {
        using var directory = new TempDirectory();
        FixtureGenerator.Generate(directory.Path);
        if (Environment.GetEnvironmentVariable("REGENERATE_FIXTURES") == "1")
        {
            File.Copy(Path.Combine(directory.Path, fileName), Path.Combine(FixturePaths.SourceDirectory(), fileName), overwrite: true);
        }

        var sut = KnowledgeDefaults.Loaders();

        var generated = sut.Load(Path.Combine(directory.Path, fileName));
        var checkedIn = sut.Load(Path.Combine(FixturePaths.SourceDirectory(), fileName));

        Assert.Equal(generated.Text, checkedIn.Text);
        Assert.Equal(generated.HeadingHints, checkedIn.HeadingHints);
    }

    [Fact]
    public void WritePdf_LongVacancy_SpansSeveralPagesWithFooters()
    {
        var sut = KnowledgeDefaults.Loaders();
        using var directory = new TempDirectory();
        FixtureGenerator.Generate(directory.Path);

        var document = sut.Load(Path.Combine(directory.Path, FixtureGenerator.PdfFixture));

        Assert.Contains("pagina 1 van ", document.Text, StringComparison.Ordinal);
        Assert.Contains("pagina 2 van ", document.Text, StringComparison.Ordinal);
    }
}
