using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Understanding;
using Assistant.Understanding.Replies;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Answering;

/// <summary>
/// One turn: analyse the question, resolve the vacancy (named, page context, or the conversation's current one),
/// carry over the last intent for short follow-ups ("En in Zonnebeek?"), and hand the turn to the composer of the
/// intent. Tool intents are answered by rules; open questions by retrieval; nothing relevant gives "none".
/// </summary>
public sealed partial class AnswerRouter
{
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, QuestionAnalyzer> Analyzers = [];
    private static readonly HashSet<string> NeedsVacancy = [Intents.Eligibility, Intents.Deadline, Intents.Salary, Intents.Procedure, Intents.Scoring, Intents.Benefits, Intents.Documents, Intents.Contact];
    private readonly AssistantOptions _options;

    public AnswerRouter(AssistantOptions options) => _options = options;

    /// <summary>
    /// The analysis of a message against the vacancies of <paramref name="knowledge"/> (the analyzer is built once per snapshot);
    /// with <paramref name="now"/>, a period dated by its start ("sinds 2023") is read as the time it has lasted by then.
    /// </summary>
    public static QuestionAnalysis Analyze(KnowledgeSnapshot knowledge, string text, DateTimeOffset? now = null) =>
        Analyzer(knowledge).Analyze(text, now is { } at ? DateOnly.FromDateTime(at.DateTime) : null);

    /// <summary>The analyzer of <paramref name="knowledge"/>'s vacancies (built once per snapshot; the staff search ranks with its vacancy matcher).</summary>
    internal static QuestionAnalyzer Analyzer(KnowledgeSnapshot knowledge) =>
        Analyzers.GetValue(knowledge, k => new QuestionAnalyzer(k.Vacancies.Select(v => new VacancyRef(v.Id, v.Facts.Organisation, v.Facts.Title, v.Facts.Location, Heading(v.Facts), v.Facts.Scale, PlaceNames(v), PublicText(v))).ToList()));

    /// <summary>Answers <paramref name="input"/> and returns the answer with the updated conversation state; a running dialog may impose the intent and vacancy.</summary>
    public (Answer Answer, SessionState State) Answer(KnowledgeSnapshot knowledge, SessionState state, TurnInput input, TurnOverride? force = null, QuestionAnalysis? analysis = null)
    {
        var a = analysis ?? Analyze(knowledge, input.Text, input.Now);
        var profile = state.Profile.Merge(a.Profile);
        var intent = force?.Intent ?? a.Intent;
        var aspect = force?.Intent is null ? a.Aspect : force.Aspect;
        if (force is { VacancyIds: { Count: > 0 } forced })
        {
            a = a with { VacancyIds = forced, AmbiguousVacancy = false };
        }

        var stays = force is null && StaysWithCurrent(knowledge, state, a);
        if (stays)
        {
            // "et c'est combien la prime de nuit ?" after the pay of a job whose documents speak of night work: "nuit" (a part of
            // another vacancy's "nachtdienst") speaks of the current vacancy.
            a = a with { VacancyIds = [], AmbiguousVacancy = false, VacancyByJobWordsOnly = false, VacancyByTitlePartsOnly = false };
        }

        if (force is null && intent is Intents.General or Intents.Unknown && state.LastIntent == Intents.Eligibility && !a.Profile.IsEmpty)
        {
            intent = Intents.Eligibility;
        }
        else if (force is null && intent is Intents.General or Intents.Unknown or Intents.Smalltalk && state.LastIntent == Intents.Eligibility && YesAndStatement().IsMatch(input.Text))
        {
            // "ja, ik heb de lerarenopleiding gevolgd" right after an eligibility answer answers what it asked or quoted.
            intent = Intents.Eligibility;
        }
        else if (force is null && intent is Intents.General or Intents.Unknown && state.LastIntent == Intents.Eligibility
            && SlotReplies.KindAfterAnswer(input.Text, state.Profile, x => Analyze(knowledge, x, input.Now)) is { } kind)
        {
            // "als teamleider" right after an eligibility answer says what the experience already given was.
            intent = Intents.Eligibility;
            profile = state.Profile.Merge(kind);
        }
        else if (force is null && intent is Intents.General or Intents.Unknown && state.LastIntent is { } last && last != Intents.General && (a.VacancyIds.Count > 0 || stays) && IsFollowUp(input.Text))
        {
            (intent, aspect) = (last, state.LastAspect);
        }

        a = a with { Intent = intent, Aspect = aspect };
        var ids = a.VacancyIds.Count > 0 ? a.VacancyIds
            : input.PageVacancyId is { } page && knowledge.Find(page) is not null ? [page]
            : a.AllVacancies ? []
            : state.VacancyIds.Count > 0 ? state.VacancyIds
            : a.VacancyIdByDocument is { } byDocument && knowledge.Find(byDocument) is not null ? [byDocument]
            : [];
        var t = new TurnContext(a.Language, input.Now, input.Channel, knowledge, a, profile, _options, input.Text) { DialogQuestion = force?.Question };
        // HR procedures (issue 10): a question that names no vacancy is first tried against the general documents.
        var answer = (force is null ? Hr.HrDesk.Try(t, input) : null)
            ?? Dispatch(t, ids.Select(knowledge.Find).OfType<Vacancy>().Select(v => v.Facts).ToList());
        var next = new SessionState
        {
            VacancyIds = answer.VacancyIds.Count == 1 ? answer.VacancyIds : ids.Count > 0 ? ids : state.VacancyIds,
            LastIntent = answer.Intent is Intents.Smalltalk or Intents.Unknown ? state.LastIntent : intent,
            LastAspect = aspect,
            Profile = profile,
        };
        return (answer, next);
    }

    /// <summary>
    /// Whether a message that names another vacancy only by parts of its title's compounds still speaks of the conversation's one
    /// current vacancy: that vacancy's own documents use one of the naming words or its Dutch form.
    /// </summary>
    private static bool StaysWithCurrent(KnowledgeSnapshot knowledge, SessionState state, QuestionAnalysis a)
    {
        if (!a.VacancyByTitlePartsOnly || state.VacancyIds is not [var current] || a.VacancyIds.Contains(current) || knowledge.Find(current) is not { } vacancy)
        {
            return false;
        }

        var text = " " + RetrievalAnswers.FoldedText(vacancy, includeInternal: false) + " ";
        return a.VacancyNamingForms.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Whether all <paramref name="vacancies"/> are of one employer and state the benefit <paramref name="kind"/> alike (same amount and unit).</summary>
    private static bool SameEmployerBenefit(List<VacancyFacts> vacancies, string? kind)
    {
        if (kind is null || vacancies[0].Organisation is not { Length: > 0 } || !OneEmployer(vacancies))
        {
            return false;
        }

        var stated = vacancies.Select(v => v.Benefits.FirstOrDefault(b => b.Kind == kind)).ToList();
        return stated.All(b => b is { Amount: not null })
            && stated.All(b => b!.Amount == stated[0]!.Amount && b.Unit == stated[0]!.Unit);
    }

    /// <summary>Whether all <paramref name="vacancies"/> name the same employer.</summary>
    private static bool OneEmployer(List<VacancyFacts> vacancies) =>
        vacancies.Select(v => v.Organisation).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1;

    private static Answer Dispatch(TurnContext t, List<VacancyFacts> vacancies)
    {
        var a = t.Analysis;
        if (a.Intent == Intents.Smalltalk)
        {
            return ConversationAnswers.Smalltalk(t);
        }

        if (a.Intent == Intents.Vacancies || (a.AllVacancies && a.Intent is Intents.Eligibility or Intents.Deadline or Intents.Salary))
        {
            return VacancyListAnswers.Compose(t);
        }

        if (a.RequirementTopic is { } requirement && a.Intent is Intents.Eligibility or Intents.General && vacancies.Count == 1 && a.Profile.IsEmpty)
        {
            return RequirementAnswers.Compose(t, vacancies[0], requirement);
        }

        if (NeedsVacancy.Contains(a.Intent))
        {
            if (vacancies.Count > 1 && a.Intent == Intents.Benefits && SameEmployerBenefit(vacancies, a.Aspect))
            {
                // "Hoeveel bedragen de maaltijdcheques bij de stad X?": every vacancy of that employer states the same benefit.
                return LookupAnswers.Benefits(t, vacancies[0]);
            }

            if (vacancies.Count != 1 && !(vacancies.Count == 0 && t.Knowledge.Vacancies.Count == 1))
            {
                if (vacancies.Count > 1 && NotStatedByAny(t, vacancies) is { } unstated)
                {
                    return unstated;
                }

                var candidates = vacancies.Count > 1 ? vacancies : t.Knowledge.Vacancies.Select(v => v.Facts).ToList();
                return ConversationAnswers.WhichVacancy(t, a.Intent, candidates, vacancies.Count > 1);
            }

            var v = vacancies.Count == 1 ? vacancies[0] : t.Knowledge.Vacancies[0].Facts;
            return a.Intent switch
            {
                Intents.Eligibility => EligibilityAnswers.Compose(t, v),
                Intents.Deadline => DeadlineAnswers.Compose(t, v),
                Intents.Salary => SalaryAnswers.Compose(t, v),
                Intents.Procedure => ProcedureAnswers.Compose(t, v),
                Intents.Scoring => ScoringAnswers.Compose(t, v),
                Intents.Benefits => LookupAnswers.Benefits(t, v),
                Intents.Documents => LookupAnswers.Documents(t, v),
                _ => LookupAnswers.Contact(t, v),
            };
        }

        var target = vacancies.Count == 1 ? vacancies[0] : null;
        if (target is null && a.Intent == Intents.Unknown && a.VacancyIds.Count == 0)
        {
            return ConversationAnswers.OffTopic(t);
        }

        if (target is not null && a.Topic is { } topic)
        {
            return TopicAnswers.Compose(t, target, topic);
        }

        if (target is not null && !IsQuestion(t.Text))
        {
            return ConversationAnswers.Overview(t, target);
        }

        return RetrievalAnswers.Compose(t, target);
    }

    /// <summary>
    /// "Is er gratis parking aan het stadhuis van X?" when X's employer has several vacancies: a question about the employer
    /// that none of its vacancies' documents answers needs no choice of vacancy. When every candidate is of one employer with
    /// one contact and the answer for each is that the documents do not say, that answer is given (for all of them).
    /// </summary>
    private static Answer? NotStatedByAny(TurnContext t, List<VacancyFacts> vacancies)
    {
        if (t.Analysis.Intent is not (Intents.Benefits or Intents.Salary or Intents.Procedure or Intents.Documents)
            || vacancies.Count > 4 || !OneEmployer(vacancies))
        {
            return null;
        }

        (Answer Answer, string Said)? first = null;
        foreach (var v in vacancies)
        {
            var answer = t.Analysis.Intent switch
            {
                Intents.Benefits => LookupAnswers.Benefits(t, v),
                Intents.Salary => SalaryAnswers.Compose(t, v),
                Intents.Procedure => ProcedureAnswers.Compose(t, v),
                _ => LookupAnswers.Documents(t, v),
            };
            if (answer.Intent != Intents.Unknown || answer.Source != AnswerSources.None)
            {
                return null;
            }

            // The same words but for the vacancy's name: the same statement and the same contact.
            var said = answer.Text.Replace(Format.Vacancy(t.Language, v), "\u0001", StringComparison.Ordinal);
            if (first is null)
            {
                first = (answer, said);
            }
            else if (said != first.Value.Said)
            {
                return null;
            }
        }

        return first is { } f ? f.Answer with { VacancyIds = vacancies.Select(v => v.Id).ToList() } : null;
    }

    /// <summary>
    /// The lines the title and the employer were read from ("Podiumtechnicus – Cultuurcentrum X", "OCMW X – Sociaal Huis"):
    /// the names they add besides title and employer identify the vacancy too. A long line (a sentence) adds none.
    /// </summary>
    private static string? Heading(Assistant.Core.Facts.VacancyFacts facts)
    {
        var lines = new[] { "title", "organisation" }
            .Select(k => facts.Citations.TryGetValue(k, out var c) ? c.Quote : null)
            .Where(q => q is not null && q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10);
        return string.Join(" · ", lines) is { Length: > 0 } joined ? joined : null;
    }

    /// <summary>
    /// The places the vacancy's public documents name besides its title and employer: the municipality after a
    /// postcode ("8760 Meerskerke") and a named building or site in a sentence ("in De Vlinderhof", "naar Ter Walle").
    /// </summary>
    private static string PlaceNames(Vacancy v) =>
        string.Join(' ', v.Documents.Where(d => d.Audience == Assistant.Core.Facts.Audience.Public)
            .SelectMany(d => PlaceName().Matches(d.Text).Select(m => m.Groups["name"].Value)
                .Concat(ReferenceCode().Matches(d.Text).Select(m => m.Groups["code"].Value))
                .Concat(NameAcronym().Matches(d.Text[..Math.Min(d.Text.Length, 400)]).Select(m => m.Groups["a"].Value)))
            .Concat(KindWords(v.Facts.Organisation))
            .Distinct(StringComparer.Ordinal));

    /// <summary>The text of the vacancy's public documents (a question may name the vacancy by a word only they use).</summary>
    private static string PublicText(Vacancy v) =>
        string.Join('\n', v.Documents.Where(d => d.Audience == Assistant.Core.Facts.Audience.Public).Select(d => d.Text));

    /// <summary>
    /// The everyday word for an employer written as an abbreviation ("AZ X" → "ziekenhuis", "PZ X" → "politie"): a candidate
    /// says "in het ziekenhuis", "bij de politie", "bij de FOD".
    /// </summary>
    private static IEnumerable<string> KindWords(string? organisation)
    {
        var first = organisation?.Split(' ', 2)[0].ToUpperInvariant();
        return first switch
        {
            "AZ" or "UZ" or "ZIEKENHUIS" => ["ziekenhuis", "hospital", "hôpital"],
            _ => [],
        };
    }

    /// <summary>An acronym in brackets after a name in the letterhead (the document's first lines), the employer's short form in either language ("… Consommateurs (SFMC)").</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'-]+\s+\((?<a>\p{Lu}{3,8})\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAcronym();

    /// <summary>The selection or reference number a vacancy announces ("Selectienummer: AB12-3456", "referentie XYZ/2027/04"): a candidate may name the vacancy by it.</summary>
    [GeneratedRegex(@"\b(?:selectienummer|selectiecode|referentienummer|referentie|vacaturenummer|vacaturecode|dossiernummer|refertenummer|ref\.)\s*:?\s*(?<code>(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,}[A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceCode();

    [GeneratedRegex(@"\b\d{4} (?<name>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\b|(?<=\p{Ll},? )(?<name>(?:De|Het|Den|Ter|Ten) \p{Lu}\p{Ll}{3,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceName();

    private static bool IsQuestion(string text) => text.Contains('?', StringComparison.Ordinal) || QuestionWord().IsMatch(text);

    /// <summary>A yes or no followed by a statement about oneself: "ja, ik heb …", "yes, I have …", "oui, j'ai …", "nee, ik ben …".</summary>
    [GeneratedRegex(@"^\s*(ja|jawel|nee|neen|yes|no|oui|non)\b[\s,.!:;-]+(ik|i|i'm|i've|je|j'ai|j’ai|mijn|my|mon|ma)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesAndStatement();

    private static bool IsFollowUp(string text) => FollowUp().IsMatch(text) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;

    [GeneratedRegex(@"^\s*(wie|wat|welke?|hoe|hoeveel|waar|wanneer|waarom|mag|kan|kun|moet|is|zijn|heb|who|what|which|how|where|when|why|can|may|do|does|is|are|qui|que|quel|quelle|comment|combien|où|quand|pourquoi|est-ce|puis-je)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"^\s*(en|and|et|ook|also|aussi|wat met|what about|et pour|en voor|en bij|en in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
