using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Cli.Commands.Bench;

/// <summary>
/// A reproducible mix of single candidate questions in Dutch, English and French over the loaded vacancies, named by
/// their own facts (location, organisation, title, selection steps): eligibility profiles, deadlines, days left,
/// salary with seniority, step dates, scores, benefits, documents, contacts, open questions and listings. One in five
/// vacancy questions is asked from the vacancy's page without naming it.
/// </summary>
public sealed partial class AskQuestionGenerator
{
    private static readonly (string Language, int Weight)[] LanguageMix = [("nl", 6), ("en", 3), ("fr", 2)];
    /// <summary>How often a repeated text is redrawn before it is kept (small categories run out of variants).</summary>
    private const int MaxAttempts = 25;
    private static readonly int[] Maxima = [20, 30, 40, 50, 100];
    private static readonly string[] NeuterHeads = ["gesprek", "interview", "assessment", "examen", "onderdeel", "rollenspel", "verslag"];
    private readonly IReadOnlyList<VacancyFacts> _vacancies;

    public AskQuestionGenerator(IReadOnlyList<VacancyFacts> vacancies)
    {
        if (vacancies.Count == 0)
        {
            throw new ArgumentException("no vacancies to ask about", nameof(vacancies));
        }

        _vacancies = vacancies;
    }

    /// <summary>The categories, in template order.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. AskQuestionTemplates.ByCategory.Keys];

    /// <summary><paramref name="count"/> questions; the same seed gives the same questions.</summary>
    public IReadOnlyList<AskQuestion> Create(int count, int seed)
    {
        var random = new Random(seed);
        var questions = new List<AskQuestion>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var category = Categories[i % Categories.Count];
            var question = CreateOne(random, category, PickLanguage(random));
            for (var attempt = 0; attempt < MaxAttempts && !seen.Add(question.Text); attempt++)
            {
                question = CreateOne(random, category, PickLanguage(random));
            }

            questions.Add(question);
        }

        return questions;
    }

    private AskQuestion CreateOne(Random random, string category, string language)
    {
        var templates = AskQuestionTemplates.ByCategory[category][language];
        var template = templates[random.Next(templates.Length)];
        var facts = _vacancies[random.Next(_vacancies.Count)];
        var onPage = category != "vacancies" && random.Next(5) == 0;
        var where = onPage ? "" : Where(random, facts, language);
        var other = _vacancies.Count > 1 ? _vacancies.Where(v => v.Id != facts.Id).ElementAt(random.Next(_vacancies.Count - 1)) : facts;
        var (step, max) = Step(random, facts, language);
        var c = CultureInfo.InvariantCulture;
        var text = template
            .Replace("{where}", where, StringComparison.Ordinal)
            .Replace("{where2}", Where(random, other, language), StringComparison.Ordinal)
            .Replace("{title}", facts.Title ?? facts.Organisation ?? facts.Id, StringComparison.Ordinal)
            .Replace("{diploma}", Pick(random, AskQuestionTemplates.Diplomas[language]), StringComparison.Ordinal)
            .Replace("{years}", random.Next(0, 11).ToString(c), StringComparison.Ordinal)
            .Replace("{seniority}", random.Next(0, 31).ToString(c), StringComparison.Ordinal)
            .Replace("{step}", step, StringComparison.Ordinal)
            .Replace("{points}", random.Next(0, max + 1).ToString(c), StringComparison.Ordinal)
            .Replace("{max}", max.ToString(c), StringComparison.Ordinal)
            .Replace("{benefit}", Pick(random, AskQuestionTemplates.Benefits[language]), StringComparison.Ordinal);
        text = Spaces().Replace(text, " ").Trim();
        if (language != "fr")
        {
            text = SpaceBeforePunctuation().Replace(text, "$1");
        }

        return new AskQuestion(text, category, language, onPage || (category != "vacancies" && where.Length == 0) ? facts.Id : null);
    }

    private static string Where(Random random, VacancyFacts facts, string language)
    {
        var (atLocation, atOrganisation) = AskQuestionTemplates.Where[language];
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(facts.Location))
        {
            names.Add(string.Format(CultureInfo.InvariantCulture, atLocation, facts.Location));
        }

        if (!string.IsNullOrWhiteSpace(facts.Organisation))
        {
            names.Add(string.Format(CultureInfo.InvariantCulture, atOrganisation, facts.Organisation));
        }

        return names.Count == 0 ? "" : names[random.Next(names.Count)];
    }

    /// <summary>A step name and its maximum: in Dutch one of the vacancy's own steps when it has some.</summary>
    private static (string Name, int Max) Step(Random random, VacancyFacts facts, string language)
    {
        var steps = facts.SelectionSteps.Where(s => s.Name.Length is > 0 and < 60).ToList();
        if (language == "nl" && steps.Count > 0)
        {
            var step = steps[random.Next(steps.Count)];
            var max = step.MaxPoints is { } m and > 0 and < 1000 ? (int)m : Pick(random, Maxima);
            return (WithArticle(step.Name), max);
        }

        return (Pick(random, AskQuestionTemplates.Steps[language]), Pick(random, Maxima));
    }

    /// <summary>"het verkennend gesprek", "de schriftelijke test": Dutch article by the head noun; a leading capital is lowered unless the word is an acronym.</summary>
    private static string WithArticle(string name)
    {
        var lowered = name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
        var head = lowered.Split(' ', '-')[^1].ToLowerInvariant();
        return (NeuterHeads.Any(n => head.EndsWith(n, StringComparison.Ordinal)) ? "het " : "de ") + lowered;
    }

    private static string PickLanguage(Random random)
    {
        var roll = random.Next(LanguageMix.Sum(l => l.Weight));
        foreach (var (language, weight) in LanguageMix)
        {
            if (roll < weight)
            {
                return language;
            }

            roll -= weight;
        }

        return "nl";
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([?.!,])")]
    private static partial Regex SpaceBeforePunctuation();
}
