using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Job titles whose work is leading a crew or a team ("ploegbaas", "meewerkend voorman", "shift leader", "chef d'équipe",
/// "contremaître"): years in such a role are years of leadership, whatever word the candidate uses for it. General
/// vocabulary of the job market, in Dutch, English and French.
/// </summary>
public static partial class LeadingRoles
{
    /// <summary>The titles as a regex alternation over folded text (apostrophes with or without a space after them).</summary>
    public const string Names =
        @"ploegbaas|ploegbazen|ploegleider|ploegleidster|ploegverantwoordelijke|meewerkend voorman|voorman|meestergast|werfleider|teamleider|teamleidster"
        + @"|teamleader|team leader|teamverantwoordelijke|shift leader|shift supervisor|crew leader|foreman|forewoman|supervisor"
        + @"|chef d' ?equipe|chef de chantier|chef d' ?atelier|chef de service|chef de rayon|contremaitre|responsable d' ?equipe";

    [GeneratedRegex(@"\b(" + Names + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    /// <summary>True when <paramref name="text"/> names a leading role.</summary>
    public static bool In(string? text) => !string.IsNullOrWhiteSpace(text) && Named().IsMatch(TextFold.Fold(text));
}
