using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The salary scale and its level. Local-government ranges and single scales ("B1-B3", "weddeschaal B1-B3",
/// "barema B4-B5", "A4a-A4b", "BV1-BV3", "C3-C4", "salarisschaal B1"), the Flemish government's codes ("A111", "B121",
/// "C111", "D111", "E111") and the federal ones ("klasse A2", "A1"–"A5" after a scale word, "NA11", "NA21", "BA1"–"BA4",
/// "NB1", "NC1", "ND1", "CA2"), and the healthcare sector's IFIC category ("IFIC-categorie 14" → "IFIC 14"). The level is the scale's letter; for federal "N" scales the letter after it
/// ("NA21" → A). A language level ("niveau B2", "Frans B1-B2") or a driving-licence category ("rijbewijs C") is never a scale.
/// </summary>
public static partial class ScaleRules
{
    /// <summary>The scale as written (normalised), its level and the line, or nulls.</summary>
    public static (string? Scale, string? Level, TextLine? Line) Find(DocumentView view)
    {
        (string Scale, TextLine Line, int Rank)? best = null;
        (string Scale, TextLine Line)? headerClass = null;
        foreach (var line in view.Lines)
        {
            foreach (Match m in Code().Matches(line.Text))
            {
                var rank = Rank(m, line.Text);
                if (rank > 0 && (best is null || rank > best.Value.Rank))
                {
                    best = (ScaleOf(m), line, rank);
                }

                if (rank == 2 && line.Index < HeaderLines && headerClass is null)
                {
                    headerClass = (ScaleOf(m), line);
                }
            }
        }

        // "Niveau A – klasse A1" in the header and "weddeschaal A11" further down: the salary scale only refines the class the
        // document leads with, so the class is the scale (both on the header line: the scale written there stands).
        if (best is { Rank: 3 } single && headerClass is { } cls && single.Line.Index >= HeaderLines
            && single.Scale.Length > cls.Scale.Length && single.Scale.StartsWith(cls.Scale, StringComparison.Ordinal)
            // "Functieniveau A1 – weddeschaal A11": a line that names the class and the scale side by side gives the scale as such.
            && !Regex.IsMatch(single.Line.Text, $@"(?<![\p{{L}}\d]){Regex.Escape(cls.Scale)}(?![\p{{L}}\d])"))
        {
            best = (cls.Scale, cls.Line, 2);
        }

        if (best is null || best.Value.Rank < 3)
        {
            // The healthcare sector's function classification ("IFIC-categorie 14", "IFIC 9"): the scale is its category.
            foreach (var line in view.Lines)
            {
                if (Ific().Match(line.Text) is { Success: true } ific)
                {
                    return ($"IFIC {ific.Groups["n"].Value}", null, line);
                }
            }
        }

        if (best is null)
        {
            // An employer's own scale code after a scale word ("loonklasse HB4", "weddeschaal SW1", "barema GS12", "eigen
            // loonschaal ABCD-7", "loongroep LG 3"): the code as written (a hyphen kept), with no level (its letters are the employer's, not the levels A–E).
            foreach (var line in view.Lines)
            {
                if (OwnCode().Match(line.Text) is { Success: true } own)
                {
                    return (own.Groups["c"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), null, line);
                }
            }

            // An education or sector scale given as a number after a scale word ("barema 301", "weddeschaal 346").
            foreach (var line in view.Lines)
            {
                if (NumericScale().Match(line.Text) is { Success: true } n)
                {
                    return ($"{n.Groups["word"].Value.ToLowerInvariant()} {n.Groups["n"].Value}", null, line);
                }
            }
        }

        return best is { } b ? (b.Scale, LevelOf(b.Scale), b.Line) : (null, null, null);
    }

    /// <summary>The level letter of a scale: "B1-B3" → B, "A111" → A, "NA21" → A, "BA1" → B, "klasse A2" → A.</summary>
    public static string? LevelOf(string? scale) =>
        scale is null || scale.Length == 0 ? null
        : scale.Length > 1 && scale[0] == 'N' && scale[1] is >= 'A' and <= 'E' ? scale[1].ToString()
        : scale[0] is >= 'A' and <= 'E' ? scale[0].ToString() : null;

    /// <summary>4: a range; 3: a code after a scale word; 2: after "klasse" or "graad"; 1: a distinctive code (A111, NA21, BA1) in a salary line or in brackets; 0: not a scale.</summary>
    private static int Rank(Match m, string text)
    {
        var before = text[..m.Index];
        if (NotScale().IsMatch(before))
        {
            return 0;
        }

        var worded = m.Groups["word"].Success;
        if (m.Groups["b"].Success)
        {
            return worded || !LanguageLine().IsMatch(text) ? 4 : 0;
        }

        if (worded)
        {
            return ClassWord().IsMatch(m.Groups["word"].Value) ? 2 : 3;
        }

        var code = m.Groups["a"].Value;
        var distinctive = Distinctive().IsMatch(code);
        var bracketed = before.TrimEnd().EndsWith('(');
        return distinctive && (bracketed || SalaryContext().IsMatch(text)) && !LanguageLine().IsMatch(text) ? 1 : 0;
    }

    private static string ScaleOf(Match m)
    {
        var first = Normalise(m.Groups["a"].Value);
        if (!m.Groups["b"].Success)
        {
            return first;
        }

        var second = Normalise(m.Groups["b"].Value);
        if (!char.IsLetter(second[0]))
        {
            second = new string(first.TakeWhile(char.IsLetter).ToArray()) + second;
        }

        return $"{first}-{second}";
    }

    /// <summary>Leading letters upper case, a trailing letter lower case: "a4A" → "A4a", "bv1" → "BV1".</summary>
    private static string Normalise(string code)
    {
        var s = code.Replace(" ", "", StringComparison.Ordinal);
        var prefix = new string(s.TakeWhile(char.IsLetter).ToArray());
        return prefix.ToUpperInvariant() + s[prefix.Length..].ToLowerInvariant();
    }

    /// <summary>The lines that head a document (title, employer, level and regime) before its sections.</summary>
    private const int HeaderLines = 8;

    private const string One = @"(?:N[A-E]\d{1,2}|[A-E][A-Z]\d{1,2}|[A-E]\s?\d{1,3}[a-c]?)";

    [GeneratedRegex(@"(?<word>(?i:(?:salaris|loon|wedde|weddes|barema|graad)?schaal|barema|klasse|graad)\s*:?\s*)?(?<![\p{L}\d])(?<a>" + One + @")(?:\s?(?:[-–]|tot)\s?(?<b>(?:N[A-E]|[A-E][A-Z]?)?\s?\d{1,3}[a-c]?))?(?![\p{L}\d])")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\p{L}])(?<word>(?i:(?:salaris|loon|wedde|weddes)schaal|barema|salarisbarema))\s*:?\s*(?<n>\d{2,3})(?!\d|[.,]\d|\s*(?:euro|€|%|jaar|maanden|uur))")]
    private static partial Regex NumericScale();

    [GeneratedRegex(@"(?<![\p{L}])(?i:(?:salaris|loon|wedde|weddes)(?:schaal|klasse|groep)|barema|salarisbarema|loonbarema)\s*:?\s*(?<c>\p{Lu}{1,4}(?:\s|-)?\d{1,3}[a-c]?)(?![\p{L}\d])")]
    private static partial Regex OwnCode();

    [GeneratedRegex(@"\bIFIC[\s-]*(?:(?i:categorie|category|catégorie|cat\.?|klasse|functiecategorie)\s*)?(?<n>\d{1,2})(?!\d)")]
    private static partial Regex Ific();

    [GeneratedRegex(@"^(?:klasse|graad)", RegexOptions.IgnoreCase)]
    private static partial Regex ClassWord();

    [GeneratedRegex(@"^(?:[A-E][1-4]\d{2}|N[A-E]\d{1,2}|[A-E][A-Z]\d{1,2})$")]
    private static partial Regex Distinctive();

    [GeneratedRegex(@"(?:taal)?niveau\s*$|ERK\s*$|CEFR\s*$|rijbewijs\s*(?:(?:categorie|type)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotScale();

    [GeneratedRegex(@"\b(?:taal|talen|taalkennis|frans|engels|duits|nederlands|erk|cefr|rijbewijs)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLine();

    [GeneratedRegex(@"schaal|barema|salaris|wedde|loon|verloning|bezoldiging|graad|niveau|klasse|rang", RegexOptions.IgnoreCase)]
    private static partial Regex SalaryContext();
}
