using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Continuous recruitment, an explicit answer to "until when can I apply?": "doorlopende werving", "we werven doorlopend
/// aan", "solliciteren kan doorlopend", "er is geen uiterste inschrijvingsdatum", "permanente oproep", "de vacature
/// blijft open tot ze ingevuld is", "tot de functie is ingevuld", "tot we de geschikte kandidaat gevonden hebben".
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
        + @"|\bopen\s+tot\b.{0,40}\bingevuld\b|\bzolang\s+(?:de|deze)\s+vacature\s+(?:online|open)"
        // "blijft openstaan tot de functie is ingevuld", "tot we de geschikte kandidaat gevonden hebben", "zolang de job niet is ingevuld".
        + @"|\btot\s+(?:de|deze|het|onze)\s+(?:functie|vacature|job|betrekking|plaats|post|positie|functies|vacatures|plaatsen)\s+(?:\w+\s+){0,2}?(?:ingevuld|vervuld|ingenomen|bezet)\b"
        + @"|\btot\s+(?:we|wij|er)\s+(?:\w+\s+){0,2}?(?:juiste|geschikte|gepaste|ideale|passende)\s+(?:kandidaat|kandidaten|persoon|medewerker)\b"
        + @"|\bzolang\s+(?:de|deze|het)\s+(?:functie|vacature|job|betrekking|plaats)\s+(?:\w+\s+){0,2}?niet\s+(?:is\s+)?(?:ingevuld|vervuld)"
        + @"|\buntil\s+the\s+(?:position|post|vacancy|job)\s+(?:is|has been)\s+filled\b|\bjusqu'[aà]\s+ce\s+que\s+le\s+poste\s+soit\s+pourvu",
        RegexOptions.IgnoreCase)]
    private static partial Regex Continuous();
}
