using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Continuous recruitment, an explicit answer to "until when can I apply?": "doorlopende werving", "we werven doorlopend
/// aan", "solliciteren kan doorlopend", "er is geen uiterste inschrijvingsdatum", "permanente oproep", "de vacature
/// blijft open tot ze ingevuld is".
/// </summary>
public static partial class ContinuousRecruitmentRules
{
    /// <summary>The sentence that says recruitment is continuous, or null.</summary>
    public static Citation? Find(DocumentView view)
    {
        foreach (var line in view.Lines)
        {
            var m = Continuous().Match(line.Text);
            if (m.Success)
            {
                return view.CiteSentence(line, m.Index, m.Index + m.Length);
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"doorlopende\s+(?:aan)?(?:werving|rekrutering|selectie|oproep|vacature|inschrijving|kandidaatstelling)"
        + @"|\b(?:werven|rekruteren|solliciteren|kandideren|reageren|inschrijven|aanwerven|aanwervingen)\s+(?:\w+\s+){0,2}?doorlopend\b"
        + @"|\bdoorlopend\s+(?:\w+\s+){0,2}?(?:solliciteren|kandideren|reageren|inschrijven|(?:aan)?werven|aangeworven|gerekruteerd|rekruteren)\b"
        + @"|\bgeen\s+(?:uiterste\s+|vaste\s+)?(?:inschrijvings|sollicitatie|kandidaturen|afsluit|sluitings|eind)?(?:datum|deadline|termijn)\b(?!\s+(?:voor|om)\s+(?:het|de)\s+(?:terug|indien|bezorg))"
        + @"|permanente\s+(?:oproep|werving|aanwerving|vacature|rekrutering)|\bpermanent\s+(?:open|op zoek)"
        + @"|\bopen\s+tot\b.{0,40}\bingevuld\b|\bzolang\s+(?:de|deze)\s+vacature\s+(?:online|open)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Continuous();
}
