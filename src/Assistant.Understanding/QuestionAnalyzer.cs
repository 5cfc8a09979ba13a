using Assistant.Core.Text;
using Assistant.Understanding.Classification;
using Assistant.Understanding.Entities;
using Assistant.Understanding.Language;
using Assistant.Understanding.Text;
using Assistant.Understanding.Vacancies;

namespace Assistant.Understanding;

/// <summary>
/// Reads one question with rules: language (nl/en/fr), intent and aspect, the vacancies it names, the facts the user
/// states about themselves, reported scores and quantities. Build it once per vacancy list (building indexes the
/// vacancies' words); <see cref="Analyze(string)"/> is thread-safe and takes well under a millisecond.
/// </summary>
public sealed class QuestionAnalyzer
{
    private const int MaxLength = 1000;
    private static readonly FuzzyLexicon Lexicon = new(DomainLexicon.Words, 6);
    private static readonly HashSet<string> Domain = new(DomainLexicon.Words, StringComparer.Ordinal);

    private readonly VacancyResolver _resolver;
    private readonly VacancyDocumentWords _documentWords;
    private readonly HashSet<string> _known;
    private readonly Func<string, string?> _correct;
    private readonly Func<string, bool> _isDomainWord;
    private readonly Func<string, bool> _isPlace;

    /// <param name="vacancies">The vacancies questions may refer to.</param>
    public QuestionAnalyzer(IReadOnlyList<VacancyRef> vacancies)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        _resolver = new VacancyResolver(vacancies);
        _known = new HashSet<string>(KnownWords.All().Concat(DomainLexicon.Words), StringComparer.Ordinal);
        foreach (var v in vacancies)
        {
            foreach (var field in new[] { v.Id.Replace('-', ' '), v.Organisation, v.Title, v.Location })
            {
                if (field is not null)
                {
                    _known.UnionWith(Tokenizer.Tokenize(field).Where(t => t.IsWord).Select(t => t.Folded));
                }
            }
        }

        _known.UnionWith(PlaceNames.Exonyms);
        _correct = Correct;
        _isDomainWord = Domain.Contains;
        _isPlace = _resolver.IsPlace;
        var common = new HashSet<string>(KnownWords.All().Concat(DomainLexicon.Words), StringComparer.Ordinal);
        _documentWords = new VacancyDocumentWords(vacancies, w => common.Contains(w) || _resolver.IsStopWord(w));
    }

    /// <summary>
    /// The vacancies a search query (typed so far) names, with a score (higher is better): <see cref="Analyze(string)"/>'s vacancy
    /// matcher under its ranking policy (<see cref="VacancyMatchPolicy.Ranking"/>).
    /// </summary>
    internal Dictionary<string, double> RankVacancies(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _resolver.Rank(query);
    }

    /// <summary>Analyses one question.</summary>
    public QuestionAnalysis Analyze(string text) => Analyze(text, null);

    /// <summary>
    /// Analyses one question; with <paramref name="today"/>, periods dated by their start ("sinds 2023", "since March 2019")
    /// are read as the duration they have surely lasted.
    /// </summary>
    public QuestionAnalysis Analyze(string text, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (today is { } day)
        {
            text = SinceDates.Rewrite(text, day);
        }

        var folded = " " + TextFolding.Fold(text) + " ";
        var words = TextFold.Words(text);
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var tokens = Tokenizer.Tokenize(text);
        var (language, languageClear) = LanguageDetector.DetectScored(text, tokens);
        var rule = RuleText.Build(text, tokens, language, _correct);
        var entities = EntityExtractor.Extract(rule, language, _isPlace);
        var maskedTokens = new bool[tokens.Count];
        for (var i = 0; i < entities.MaskedWords.Length; i++)
        {
            if (entities.MaskedWords[i])
            {
                maskedTokens[rule.Sources[i]] = true;
            }
        }

        var match = _resolver.Resolve(tokens, maskedTokens, _isDomainWord);
        string? byDocument = null;
        if (match.Ambiguous && _documentWords.Find(text, tokens, Either(maskedTokens, match.VacancyTokens), match.Ids) is { } chosen)
        {
            // "the ranger job at the Hazelbos domain": of the equally named vacancies, the one whose documents use the other words.
            match = match with { Ids = [chosen], Ambiguous = false };
        }
        else if (!match.Named && !entities.AllVacancies)
        {
            byDocument = _documentWords.Find(text, tokens, maskedTokens);
        }

        entities = EntityExtractor.WithVacancyScope(entities, rule, match.Named, match.Ambiguous ? 0 : match.Ids.Count);
        var elliptic = match.Named && IsElliptic(tokens, match);
        var cues = rule.Hide(match.NameTokens);
        cues = cues.Hide(JobNamePhrase.BenefitWords(cues));
        var topic = TopicCues.Find(cues.Text);
        var (intent, confidence) = IntentClassifier.Read(cues, entities, match.Named, elliptic, topic?.Name);
        return new QuestionAnalysis
        {
            Language = language,
            LanguageClear = languageClear,
            Intent = intent,
            Confidence = confidence,
            Aspect = AspectRules.For(intent, cues, entities),
            VacancyIds = match.Ids,
            AmbiguousVacancy = match.Ambiguous,
            VacancyIdByDocument = byDocument,
            VacancyByJobWordsOnly = match.Named && match.JobWordsOnly,
            VacancyByTitlePartsOnly = match.Named && match.JobWordsOnly && match.PartsOnly,
            VacancyNamingForms = match.Named ? NamingForms(tokens, match.VacancyTokens) : [],
            Profile = entities.Profile.AgeSoon is null ? entities.Profile : entities.Profile with { AgeSoonBy = AgeRules.SoonBy(rule, today) },
            Scores = entities.Scores,
            SeniorityYears = entities.SeniorityYears,
            WithinDays = entities.WithinDays,
            AllVacancies = entities.AllVacancies,
            Today = entities.Today,
            AlsoStepDate = intent == IntentNames.Deadline && ProcedureCues.When().IsMatch(cues.Text) ? StepKinds.Find(cues.Text) : null,
            Topic = topic?.Name,
            TopicWord = topic?.Word,
            RequirementTopic = RequirementTopics.Find(rule),
            FoldedText = folded,
            Words = words,
        };
    }

    /// <summary>The folded words of <paramref name="named"/> tokens with their Dutch job-word parts and cognates ("nuit" → "nacht").</summary>
    private static List<string> NamingForms(List<Token> tokens, bool[] named) =>
        tokens.Where((t, i) => i < named.Length && named[i] && t.IsWord)
            .SelectMany(t => JobWords.Parts(t.Folded).Append(t.Folded).Append(Cognates.Canonical(t.Folded) ?? t.Folded))
            .Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal).ToList();

    private static bool[] Either(bool[] a, bool[] b) => a.Select((x, i) => x || (i < b.Length && b[i])).ToArray();

    private string? Correct(string word) => _known.Contains(word) ? null : Lexicon.Nearest(word);

    /// <summary>True when every word is a filler word or a vacancy word ("En in Zonnebeek?").</summary>
    private static bool IsElliptic(List<Token> tokens, VacancyMatch match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsWord && !match.VacancyTokens[i] && !StopWords.Filler.Contains(t.Folded))
            {
                return false;
            }
        }

        return true;
    }
}
