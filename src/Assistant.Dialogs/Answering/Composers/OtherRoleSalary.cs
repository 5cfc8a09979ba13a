using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// "Hoeveel verdient het diensthoofd?", "What does the head of department earn?": a salary question about another role
/// than the vacancy's (its manager, a director) is not answered by the vacancy's own range; the documents do not say.
/// </summary>
internal static partial class OtherRoleSalary
{
    /// <summary>Whether the folded question asks what a role earns that the vacancy's title does not name (nor a word of its family).</summary>
    public static bool Asks(string foldedQuestion, VacancyFacts v)
    {
        var match = EarnerRole().Match(foldedQuestion);
        if (!match.Success)
        {
            return false;
        }

        var role = match.Groups["role"].Value;
        var title = string.Join(' ', TextFold.Words(string.Join(' ', v.Title, v.Id.Replace('-', ' '))));
        return !WordFamilies.Mentions(title, role);
    }

    [GeneratedRegex(@"\b(verdient|verdienen|loon van|salaris van|wedde van|earns?|earning|salary of|pay of|gagne|salaire d[eu])\s+(?:het |de |een |mijn |je |the |a |my |le |la |l' |mon |un )?(?<role>diensthoofd|afdelingshoofd|directeur|leidinggevende|teamleider|chef|baas|manager|supervisor|boss|director|head|responsable)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarnerRole();
}
