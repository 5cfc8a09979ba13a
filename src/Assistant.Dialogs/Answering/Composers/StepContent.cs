using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// What a selection step consists of, as its passage words it: the text after the step's name and a colon
/// ("Schriftelijke proef (op 50 punten): casussen uit de praktijk") or the clause that follows its name
/// ("een gesprek waarin je ook een korte case oplost"). Quoted in the document's words, never rephrased.
/// </summary>
public static partial class StepContent
{
    private const int MaxLength = 140;

    /// <summary>The words that say what the step consists of, or null when its passage does not say it.</summary>
    public static string? Of(SelectionStep step)
    {
        var quote = step.Citation.Quote;
        if (step.Name.Length < 4)
        {
            return null;
        }

        for (var at = quote.IndexOf(step.Name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = quote.IndexOf(step.Name, at + step.Name.Length, StringComparison.OrdinalIgnoreCase))
        {
            var rest = quote[(at + step.Name.Length)..];
            var m = Colon().Match(rest);
            var clause = m.Success ? m.Groups["c"].Value : Relative().Match(rest) is { Success: true } r ? r.Groups["c"].Value : null;
            clause = clause?.Trim().TrimEnd('.', ';', ',', ':').Trim();
            if (clause is { Length: >= 8 and <= MaxLength } && !clause.Any(char.IsDigit))
            {
                return clause;
            }
        }

        return null;
    }

    // "Naam (op 50 punten): inhoud." or "Naam – inhoud" — up to the end of the sentence or clause.
    [GeneratedRegex(@"^\s*(\([^)]*\))?\s*(?::|\s[–—-]\s)\s*(?<c>[^.;:]+)")]
    private static partial Regex Colon();

    // "gesprek waarin je … oplost", "proef over …", "rollenspel rond …": a clause right after the name;
    // "assessment, afgenomen door een extern selectiebureau": who runs the step is part of what it is.
    [GeneratedRegex(@"^\s*,?\s*(?<c>(waarin|waarbij|waarop|over|rond|bestaande uit|die bestaat uit|dat bestaat uit|(?:afgenomen|uitgevoerd|georganiseerd|begeleid|beoordeeld)\s+door|in samenwerking met)\s[^.;:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
