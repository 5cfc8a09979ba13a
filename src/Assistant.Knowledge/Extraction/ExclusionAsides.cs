using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Asides inside a requirement sentence that exclude or waive rather than require: a bracketed remark or a closing clause
/// after a semicolon or a dash that says what does not suffice, is not accepted or is not required ("(andere diploma's
/// komen niet in aanmerking)", "; een diploma in die richting is niet nodig", "– ook met ervaring volstaat een ander
/// diploma niet"). What the sentence requires is read without them; on their own such remarks name no way in.
/// </summary>
public static partial class ExclusionAsides
{
    /// <summary>
    /// The text with every excluding or waiving aside blanked out (replaced by spaces of the same length, so positions and
    /// citations stay), provided what is left still names a diploma; otherwise the text as it was.
    /// </summary>
    public static string Blank(string text)
    {
        if (string.IsNullOrEmpty(text) || !Aside().IsMatch(text))
        {
            return text;
        }

        var blanked = Aside().Replace(text, m => Excluding(m.Value) ? new string(' ', m.Length) : m.Value);
        return ReferenceEquals(blanked, text) || blanked == text || !DiplomaWord().IsMatch(blanked) ? text : blanked;
    }

    /// <summary>Whether the text holds an excluding or waiving aside that <see cref="Blank"/> would remove.</summary>
    public static bool Has(string text) => Blank(text) != text;

    /// <summary>An aside that excludes or waives, and sets no condition under which it would admit ("… is niet vereist voor wie …").</summary>
    private static bool Excluding(string aside) =>
        (RequirementRules.Insufficient().IsMatch(aside) || RequirementRules.NotAdmitted().IsMatch(aside) || Waived().IsMatch(aside) || OutOfConsideration().IsMatch(aside))
        && !Conditional().IsMatch(aside);

    /// <summary>A bracketed remark, or the clause after the last semicolon or spaced dash of the text.</summary>
    [GeneratedRegex(@"\([^()]{6,}\)|(?:;|\s[–—-]\s)[^;–—]{6,}[;.]?\s*$")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\b(is|zijn|wordt|worden)\s+(hierbij\s+|daarbij\s+|hier\s+)?(niet|geen)\s+(vereist|nodig|verplicht|noodzakelijk|vereiste|voorwaarde)\b|\b(niet|geen)\s+(vereist|verplicht)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Waived();

    [GeneratedRegex(@"\bkom\w*\s+(\w+\s+){0,2}?niet\s+in\s+aanmerking\b|\b(worden|wordt|zijn|is)\s+niet\s+(aanvaard|geldig|erkend)\b|\bgeld\w*\s+niet\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfConsideration();

    [GeneratedRegex(@"\b(wie|als|indien|mits|wanneer|tenzij|op voorwaarde|behalve|uitgezonderd|zolang)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"diploma|bachelor|master|graduaat|secundair|getuigschrift|licentiaat|hoger onderwijs", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomaWord();
}
