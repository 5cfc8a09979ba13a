using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Tools.Scoring;

/// <summary>
/// A place in a ranking the candidate reports instead of points: "ik was 11de na de praktische proef", "ik sta op plaats 9",
/// "I ranked 12th", "I came 4th after the written test", "je suis 7e au classement", "classée 15e". A number without an ordinal
/// ("ik ben 18") or an ordinal of a year or an attempt ("ik zit in het 2de jaar", "mijn 3de poging") is no rank.
/// </summary>
public static partial class RankMention
{
    /// <summary>The place the text reports, or null.</summary>
    public static int? Find(string text)
    {
        var m = Rank().Match(TextFold.Fold(text));
        return m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : null;
    }

    private const string Ordinal = @"(?<n>\d{1,3})(?:ste|de|e|th|st|nd|rd|eme|ieme|er|ere)\b(?!\s*(?:jaar|jaars|jaren|graad|leerjaar|year|years|annee|keer|time|fois|zit|kans|poging|attempt|tentative|kind|child|enfant))";

    private const string Place = @"(?:plaats|positie|nummer|number|place|position|rang|#)\s*(?<n>\d{1,3})\b";

    [GeneratedRegex(
        @"\b(?:ik\s+(?:was|ben|werd|eindigde|stond|sta|kwam|eindig)|i\s+(?:was|am|came|finished|ended(?:\s+up)?|placed|ranked|ranked\s+as)|je\s+(?:suis|etais)(?:\s+(?:arrivee?|classee?))?|j\s*'?\s*ai\s+(?:fini|termine)|gerangschikt(?:\s+als)?|geeindigd(?:\s+als)?|ranked|placed|classee?)\s+(?:als\s+|as\s+|(?:de\s+|the\s+|la\s+|le\s+))?" + Ordinal
        + @"|\b(?:ik\s+(?:was|ben|werd|eindigde|stond|sta|kwam)|i\s+(?:was|am|came|finished|ended(?:\s+up)?|ranked)|je\s+(?:suis|etais)|ranked|classee?|gerangschikt)\s+(?:(?:op|in|at|a|en)\s+)?(?:de\s+|the\s+|la\s+|le\s+)?" + Place
        + @"|" + Ordinal + @"\s+(?:plaats|place|gerangschikt|geeindigd|in\s+de\s+rangschikking|in\s+the\s+ranking|au\s+classement|dans\s+le\s+classement)"
        + @"|\b" + Place + @"\s+(?:in|op|van|of|au|dans)\s+(?:de\s+|the\s+|le\s+)?(?:rangschikking|ranking|classement)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rank();
}
