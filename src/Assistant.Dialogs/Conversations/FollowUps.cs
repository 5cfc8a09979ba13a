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
        // "And with 14 years of private-sector experience?" after a pay question asks the pay again with those years counted;
        // the years it states read as an eligibility question only when it asks about applying.
        if (analysis.Intent is "eligibility" or "general" or "unknown" && context.LastIntent == "salary" && !analysis.AllVacancies && Lead().IsMatch(text)
            && analysis.Profile.Experience.Count > 0 && !ApplyWords().IsMatch(text))
        {
            return new TurnOverride("salary", context.LastAspect, analysis.VacancyIds.Count > 0 ? analysis.VacancyIds : null);
        }

        // "14 maanden, van maart 2024 tot april 2025 bij een erfgoedcel", "het was 7de jaar BSO", "my visa and registration are in
        // order": after an eligibility answer, a statement (no question) that gives facts about the candidate answers what that
        // answer asked or quoted to check, whatever other intent its words suggest.
        if (context.LastIntent == "eligibility" && analysis.Intent is "general" or "unknown" or "smalltalk" or "contact" && !analysis.Profile.IsEmpty
            && !QuestionShape.IsQuestion(text) && !analysis.AllVacancies)
        {
            return new TurnOverride("eligibility", context.LastAspect, analysis.VacancyIds.Count > 0 ? analysis.VacancyIds : null);
        }

        if (analysis.Intent is not ("general" or "unknown") || context.LastIntent is not { } last || !Carried.Contains(last) || analysis.AllVacancies)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "And what would it be full time?", "wat is dat per jaar?", "et à mi-temps, ça donne quoi ?": after a pay answer, a short
        // question that names only a working-time share or a pay period asks the same pay again, whatever question word it uses.
        if (last == "salary" && words <= 10 && PayQualifier().IsMatch(text) && !OwnQuestionWord().IsMatch(text) && !OtherMeasure().IsMatch(text))
        {
            return new TurnOverride(last, context.LastAspect, analysis.VacancyIds.Count > 0 ? analysis.VacancyIds : null);
        }

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

    [GeneratedRegex(@"\b(voltijd\w*|fulltime|full[- ]time|temps plein|plein temps|halftijd\w*|deeltijd\w*|part[- ]time|half[- ]time|mi[- ]temps|temps partiel|\d{1,2}\s?%|\d{1,2}\s?/\s?\d{2}|vier vijfde|four[- ]fifths|quatre[- ]cinquiemes|per maand|per jaar|op jaarbasis|maandelijks|jaarlijks|per month|per year|a month|a year|monthly|yearly|annually|par mois|par an|mensuel\w*|annuel\w*|bruto|netto|gross|brut)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayQualifier();

    /// <summary>A measure other than pay: hours, days, leave, telework, a schedule ("how many hours is full time?").</summary>
    [GeneratedRegex(@"\b\w*(uren|dagen|verlof|vakantie|thuiswerk|telewerk|rooster)\w*|\b(uur|hours?|heures?|days?|jours?|leave|holidays?|conges?|telework\w*|remote|teletravail|schedule|horaires?|weken|weeks?|semaines?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherMeasure();

    [GeneratedRegex(@"\b(solliciteren|sollicitatie|kandideren|kandidaat|deelnemen|meedoen|in\s+aanmerking|toegelaten|voldoe\w*|voorwaarden|apply|eligible|qualify|admitted|requirements|postuler|candidater|admissible|participer|remplis|conditions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApplyWords();

    [GeneratedRegex(@"^\s*(en|and|et|ook|also|aussi|wat met|hoe zit het met|what about|how about|qu'en est-il|quid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
