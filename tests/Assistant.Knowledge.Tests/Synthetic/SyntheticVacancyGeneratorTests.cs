using System.Text;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Knowledge.Synthetic;

namespace Assistant.Knowledge.Tests.Synthetic;

public sealed class SyntheticVacancyGeneratorTests
{
    private static readonly string[] FunctionHeadings = ["Functie", "Wat doe je?", "Takenpakket", "Functieomschrijving", "Jouw job"];

    [Fact]
    public void Generate_SameSeed_SameTexts()
    {
        var sut = new SyntheticVacancyGenerator(7);

        var first = sut.Generate(20).ToList();
        var second = new SyntheticVacancyGenerator(7).Generate(20).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_OtherSeed_OtherTexts()
    {
        var a = new SyntheticVacancyGenerator(1).Generate(10).Select(v => v.Text).ToList();
        var b = new SyntheticVacancyGenerator(2).Generate(10).Select(v => v.Text).ToList();

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Generate_ManyVacancies_VaryInStructurePhrasingLevelAndLength()
    {
        var sut = new SyntheticVacancyGenerator(42);

        var vacancies = sut.Generate(200).ToList();

        Assert.Equal(vacancies.Count, vacancies.Select(v => v.Id).Distinct().Count());
        Assert.Equal("ABCDE", new string([.. vacancies.Select(v => v.Level).Distinct().Order()]));
        var headingsUsed = FunctionHeadings.Count(h => vacancies.Any(v => v.Text.Contains(h, StringComparison.OrdinalIgnoreCase)));
        Assert.True(headingsUsed >= 4, $"only {headingsUsed} function headings used");
        foreach (var phrase in new[] { "tot en met", "uiterlijk op", "vóór", "uiterste inschrijvingsdatum", "ten laatste op" })
        {
            Assert.Contains(vacancies, v => v.Text.Contains(phrase, StringComparison.Ordinal));
        }

        var sizes = vacancies.Select(v => Encoding.UTF8.GetByteCount(v.Text)).ToList();
        Assert.All(sizes, s => Assert.InRange(s, 2_000, 16_500));
        Assert.True(sizes.Max() - sizes.Min() > 8_000, "lengths do not vary enough");
        Assert.Contains(vacancies, v => v.Text.Contains("punten", StringComparison.Ordinal) && v.Text.Contains("wervingsreserve", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(vacancies, v => v.Text.Contains('€'));
        Assert.True(vacancies.Select(v => v.Text[..200]).Distinct().Count() > 190, "texts start too alike");
    }

    [Fact]
    public void WriteKnowledgeFolder_SmallSet_LoadsWithoutErrorsAndIsSearchable()
    {
        var folder = Path.Combine(Path.GetTempPath(), "synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sut = new SyntheticVacancyGenerator(3);

            var ids = sut.WriteKnowledgeFolder(folder, 12);

            using var snapshot = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(folder);
            Assert.Empty(snapshot.Errors);
            Assert.Equal(ids.Order(StringComparer.Ordinal), snapshot.Vacancies.Select(v => v.Id).Order(StringComparer.Ordinal));
            Assert.NotEmpty(snapshot.Index.Search(new SearchQuery("Hoe lang is de reserve geldig?", ids[0])));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
