using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// A protected professional title the candidate says they hold, which only one diploma level gives access to ("ik ben
/// zorgkundige", "getuigschrift zorgkundige", "I'm a registered nursing aide", "je suis sage-femme", "ik ben kleuterleidster"):
/// that level in the title's field. Titles reached from more than one level (a nurse: graduaat or bachelor) are left out, so
/// the level is never over-stated; a title only worked as ("ik werk als …") is experience, not a diploma.
/// </summary>
internal static partial class CareTitles
{
    /// <summary><paramref name="found"/>, or the title's level and field when no diploma level was named and the candidate gives such a title.</summary>
    public static DiplomaFacts Apply(RuleText t, DiplomaFacts found)
    {
        if (found.Held is not null || found.Lacks is not null || Title().Match(t.Text) is not { Success: true } m)
        {
            return found;
        }

        var g = m.Groups;
        var (level, field) = g["care"].Success ? (DiplomaLevel.Secondary, g["verz"].Success ? "verzorgende-zorgkundige" : "zorgkundige")
            : g["midwife"].Success ? (DiplomaLevel.Bachelor, "vroedkunde")
            : g["kleuter"].Success ? (DiplomaLevel.Bachelor, "kleuteronderwijs")
            : g["lager"].Success ? (DiplomaLevel.Bachelor, "lager onderwijs")
            : g["ergo"].Success ? (DiplomaLevel.Bachelor, "ergotherapie")
            : g["logo"].Success ? (DiplomaLevel.Bachelor, "logopedie")
            : (DiplomaLevel.Bachelor, "sociaal werk");
        return found with { Held = level, Field = found.Field ?? field, Words = m.Groups["t"].Value.Trim() };
    }

    [GeneratedRegex(
        @"\b(ik ben|ben ik|ben|i am|i ?'? ?m|je suis|en tant que|getuigschrift|diploma|diplome|degree|qualified as|gediplomeerd als|afgestudeerd als|graduated as|have|hold)"
        + @" (een |an |a |the |un |une |als |de |d )?((geregistreerde?|erkende?|gediplomeerde?|registered|qualified|certified|licensed|diplomee?|agreee?) )?"
        + @"(?<t>(?<care>(?<verz>verzorgende ?-? ?)?zorgkundige|nursing aide|nurse aide|nursing assistant|care assistant|aide ?-? ?soignante?)"
        + @"|(?<midwife>vroedvrouw|vroedkundige|midwife|sage ?-? ?femme)"
        + @"|(?<kleuter>kleuterleid(st)?er|kleuterjuf|kleuteronderwijzer(es)?|preschool teacher|kindergarten teacher|institut(eur|rice) maternel(le)?)"
        + @"|(?<lager>onderwijzer(es)?|primary school teacher)"
        + @"|(?<ergo>ergotherapeut|occupational therapist|ergotherapeute)"
        + @"|(?<logo>logopedist|speech therapist|logopede)"
        + @"|(?<social>maatschappelijk assistent(e)?|assistante? sociale?|social worker))\b",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}
