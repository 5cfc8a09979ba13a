using System.Text.RegularExpressions;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The one recogniser of a "field" that names no field: any field at all ("eender welke richting", "richting vrij", "any
/// discipline", "quel que soit le domaine") or any other one ("een andere richting", "any other field", "un autre domaine").
/// A route's field read as such asks no field of the candidate; a route sentence that says so has no field left unread.
/// </summary>
public static partial class AnyField
{
    // The words for "whichever" and for a field of study, shared by both forms below.
    private const string Whichever = @"eender\s+welke|om\s+het\s+even\s+welke|gelijk\s+welke|willekeurige|quelconque|n'importe\s+quel\w*";
    private const string FieldNoun = @"(studie)?(richting|richtingen|studiegebied|domein|field|fields|discipline|domaine|orientation|filiere)";

    /// <summary>Whether a route's whole field is no field ("een andere richting", "any field", "une autre orientation").</summary>
    public static bool IsWhole(string field) => Whole().IsMatch(field);

    /// <summary>Whether a (folded) route sentence says the field is free ("richting vrij", "om het even welke richting", "any field").</summary>
    public static bool Within(string folded) => Free().IsMatch(folded);

    [GeneratedRegex(@"^\W*((een|in\s+een|of\s+een|elke|iedere|alle|any|an|another|other|un|une|tout|toute|tous|toutes)\s+)?(andere?|" + Whichever + @"|other|any|autres?)\s+" + FieldNoun
        + @"(\s+dan\s+(hierboven|de\s+vorige|die\s+hierboven)\b.*)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Whole();

    [GeneratedRegex(@"\b(richting vrij|vrije richting|vrij te kiezen|ongeacht|alle richtingen|elke richting|quel que soit|tout domaine|toute orientation|n'importe quel)"
        + @"|\b(" + Whichever + @"|any(\s+other)?)\s+" + FieldNoun + @"\b|\b(om het even welke|eender welke|gelijk welke)\b")]
    private static partial Regex Free();
}
