using System.Text.RegularExpressions;
using Assistant.Dialogs.Answering;
using Assistant.Understanding;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// Follow-ups that ask nothing by themselves keep the previous question's intent, in every language: "En in Harelbeke?",
/// "et pour Courtrai ?", "what about Lievegem?", "En dan?". The vacancy is the one named, else the conversation's.
/// ("and the deadline?" and "Et cela fait combien par mois ?" ask something themselves and are classified as such.)
/// </summary>
internal static partial class FollowUps
{
    private static readonly HashSet<string> Carried = ["eligibility", "deadline", "salary", "procedure", "scoring", "benefits", "documents", "contact"];

    /// <summary>The intent, aspect and named vacancies to answer with, or null when the message is not such a follow-up.</summary>
    public static TurnOverride? Override(QuestionAnalysis analysis, SessionState context, string text)
    {
        if (context.LastIntent == "salary" && analysis.Intent == "eligibility" && Lead().IsMatch(text) && YearsStated().IsMatch(text) && !EligibilityAsked().IsMatch(text))
        {
            // "En met 10 jaar ervaring?", "and with 14 years in the private sector, how much of that counts?", "et avec 8 ans
            // d'ancienneté ?" after a salary answer: the same salary question at that seniority, not an eligibility check.
            return new TurnOverride("salary", context.LastAspect, analysis.VacancyIds.Count > 0 ? analysis.VacancyIds : null);
        }

        if (analysis.Intent is not ("general" or "unknown") || context.LastIntent is not { } last || !Carried.Contains(last) || analysis.AllVacancies)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // Elliptic only: a short message that names a vacancy ("et pour Courtrai ?") or starts with "and" ("En dan?"); a longer
        // "En wat houdt de job in?" is a question of its own.
        // A lead with only a qualifier after it ("and per month for the 28.5 hours a week?", "et pour mes 12 heures par
        // semaine ?") still asks the previous question; a question word makes it a question of its own.
        // "And where is the office?", "en wie is de leidinggevende?": a where, who or why asks a new thing however short.
        var followUp = (Lead().IsMatch(text) && !OwnQuestionWord().IsMatch(text) && (words <= 5 || (words <= 10 && !QuestionWord().IsMatch(text))))
            || (words <= 6 && analysis.VacancyIds.Count > 0);
        return followUp ? new TurnOverride(last, context.LastAspect, analysis.VacancyIds.Count > 0 ? analysis.VacancyIds : null) : null;
    }

    [GeneratedRegex(@"\b(wat|wie|waar|wanneer|hoe|welke?|waarom|what|who|where|when|how|which|why|que|qu'|quoi|qui|où|quand|comment|quel|quelle|quels|quelles|pourquoi)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"\b(waar|wie|waarom|where|who|whom|why|qui|pourquoi)\b|(^|\s)où\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnQuestionWord();

    /// <summary>Years of experience or seniority: "10 jaar", "14 years", "8 ans", "tien jaar".</summary>
    [GeneratedRegex(@"\b(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s*(?:jaar|years?|yrs|ans?|année?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsStated();

    /// <summary>Words that ask whether one may apply: "kom ik in aanmerking", "mag ik solliciteren", "can I apply", "eligible", "puis-je postuler".</summary>
    [GeneratedRegex(@"aanmerking|voldoe|toegelaten|toelating|mag ik|kan ik (?:solliciteren|deelnemen|meedoen)|solliciteren|eligib|qualif|can i apply|allowed to apply|admissible|postuler|candidater|conditions", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EligibilityAsked();

    [GeneratedRegex(@"^\s*(en|and|et|ook|also|aussi|wat met|hoe zit het met|what about|how about|qu'en est-il|quid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
