namespace Assistant.Knowledge.Synthetic;

/// <summary>
/// Generates realistic, fictional Dutch vacancy documents for load tests and benchmarks: varied headings and
/// layouts, levels A–E with scales and salary amounts, deadlines in several phrasings, selection steps with
/// points, benefits, a recruitment reserve and a contact; 2–15 KB each. The same seed gives the same texts.
/// </summary>
public sealed class SyntheticVacancyGenerator
{
    private readonly int _seed;

    /// <summary>A generator; <paramref name="seed"/> fixes every text it produces.</summary>
    public SyntheticVacancyGenerator(int seed = 42) => _seed = seed;

    /// <summary>Vacancy number <paramref name="number"/> (independent of the others, so generation can run in parallel).</summary>
    public SyntheticVacancy Create(int number) => new VacancyComposer(_seed, number).Compose(number);

    /// <summary>The first <paramref name="count"/> vacancies.</summary>
    public IEnumerable<SyntheticVacancy> Generate(int count, int first = 1) => Enumerable.Range(first, count).Select(Create);

    /// <summary>
    /// Writes <paramref name="count"/> vacancies as a knowledge folder under <paramref name="knowledgePath"/>:
    /// mostly <c>vacancies/&lt;id&gt;.txt</c>, every third one as <c>vacancies/&lt;id&gt;/vacancy.txt</c>. Returns the ids.
    /// </summary>
    public IReadOnlyList<string> WriteKnowledgeFolder(string knowledgePath, int count)
    {
        var vacancies = Path.Combine(knowledgePath, "vacancies");
        Directory.CreateDirectory(vacancies);
        var ids = new string[count];
        Parallel.For(0, count, i =>
        {
            var vacancy = Create(i + 1);
            ids[i] = vacancy.Id;
            if (i % 3 == 2)
            {
                var folder = Path.Combine(vacancies, vacancy.Id);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "vacancy.txt"), vacancy.Text);
            }
            else
            {
                File.WriteAllText(Path.Combine(vacancies, vacancy.Id + ".txt"), vacancy.Text);
            }
        });

        return ids;
    }
}
