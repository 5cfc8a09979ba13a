using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// A licence, licence code or certificate the candidate lacks, where a line of the same section lets it be obtained after
/// applying or starting ("Heb je het nog niet? Dan behaal je het binnen zes maanden", "je engageert je om binnen het jaar je
/// rijbewijs C te behalen", "Behaal je het brevet niet binnen die termijn, dan …", "to be obtained before you start"): the
/// failed check becomes a condition that quotes that line. It never makes a yes of its own: a route must still admit the
/// candidate, and a line that refuses or leaves no time ("geen overgangstermijn") relaxes nothing.
/// </summary>
public static partial class LaterLines
{
    /// <summary><paramref name="check"/>, or the condition a line of <paramref name="facts"/> turns it into when it failed.</summary>
    public static RequirementCheck Relax(RequirementCheck check, VacancyFacts facts)
    {
        // A candidate without any driving licence is not relaxed into a heavier category: the line speaks to those who hold a lighter one.
        if (check.Outcome != "not-met" || check.Requirement is not ("licence" or "licence-code" or "certificate") || (check.Requirement == "licence" && check.Given is null or "none"))
        {
            return check;
        }

        var certificates = facts.Requirements.General.Count(g => g.Kind == "certificate");
        IEnumerable<Citation> lines = [check.Citation, .. facts.Requirements.Unparsed.Select(u => u.Citation),
            .. facts.Requirements.General.Where(g => g.Kind is "licence" or "licence-code" or "certificate").Select(g => g.Citation)];
        var line = lines.FirstOrDefault(c => c.Document == check.Citation.Document && c.Section == check.Citation.Section
            && LetsObtainLater(c.Quote) && Names(c.Quote, check, certificates));
        if (line is null)
        {
            return check;
        }

        return check with
        {
            Outcome = "condition",
            Citation = line,
            Caveat = check.Requirement == "licence" ? "licence-later" : "certificate-later",
        };
    }

    /// <summary>Whether <paramref name="quote"/> lets what it names be obtained after applying, without refusing or leaving no time.</summary>
    public static bool LetsObtainLater(string quote)
    {
        var folded = TextFold.Fold(quote);
        return (ObtainLater.In(quote) || OwnWordLines.StatesConsequence(folded)) && !VerdictGuard.Refuses(quote) && !NoGrace().IsMatch(folded);
    }

    /// <summary>Whether the line is about the thing the check failed on: the licence category, the code, or the certificate.</summary>
    private static bool Names(string quote, RequirementCheck check, int certificates)
    {
        var folded = TextFold.Fold(quote);
        return check.Requirement switch
        {
            "licence" => check.Required is { } category && OwnWordLines.CategoriesOf(quote).Contains(category.ToUpperInvariant()),
            "licence-code" => Regex.IsMatch(folded, @"\bcode\s*" + Regex.Escape(TextFold.Fold(check.Required ?? "95")) + @"\b"),
            _ => (check.Required is { Length: > 0 } name && GeneralChecks.NamesCertificate(quote, name)) || (certificates == 1 && CertificateWord().IsMatch(folded)),
        };
    }

    [GeneratedRegex(@"\b(brevet|attest|certificaat|getuigschrift|certificate|certification|attestation|certificat|diplome de sauveteur)\b|\w+(brevet|attest|certificaat)\b")]
    private static partial Regex CertificateWord();

    // "Hier is geen overgangstermijn", "no transition period", "pas de période transitoire": the thing is needed when applying.
    [GeneratedRegex(@"\bgeen\s+(overgangs\w*|uitstel|termijn)\b|\bno\s+(transition\w*|grace)\b|\bpas\s+de\s+(periode|delai)\s+(transitoire|de\s+grace)\b|\bbij\s+(je|uw)\s+(sollicitatie|kandidatuur|inschrijving)\b")]
    private static partial Regex NoGrace();
}
