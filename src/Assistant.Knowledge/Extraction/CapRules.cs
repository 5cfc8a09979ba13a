using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// How much experience of each kind counts for salary seniority: "privésector of als zelfstandige … maximum 10 jaar", "ervaring buiten de overheid … maximaal 10 jaar",
/// "andere overheid … onbeperkt", "maximaal 10 jaar privé-ervaring", "relevante ervaring uit de privésector tot max. 6 jaar".
/// </summary>
public static partial class CapRules
{
    /// <summary>The caps stated in salary sentences.</summary>
    public static IReadOnlyList<ExperienceCap> Find(ExtractionContext ctx)
    {
        var caps = new List<ExperienceCap>();
        foreach (var line in ctx.View.Lines)
        {
            foreach (var (s, e) in DocumentView.Sentences(line.Text))
            {
                var cite = ctx.View.Cite(line, s, e);
                foreach (var sentence in Clauses(line.Text[s..e]))
                {
                    Read(sentence, line, cite, caps);
                }
            }
        }

        return caps;
    }

    /// <summary>
    /// The parts of a sentence that each state a rule for their own kind of experience: "Anciënniteit bij een overheid telt
    /// volledig mee; anciënniteit in de privésector telt niet mee." is two rules. A sentence whose parts do not each name a
    /// kind is one part.
    /// </summary>
    private static IEnumerable<string> Clauses(string sentence)
    {
        var parts = ClauseBreak().Split(sentence).Where(p => p.Trim().Length > 0).ToList();
        return parts.Count > 1 && parts.All(p => Private().IsMatch(p) || SelfEmployed().IsMatch(p) || Public().IsMatch(p) || Education().IsMatch(p))
            ? parts
            : [sentence];
    }

    private static void Read(string sentence, TextLine line, Citation cite, List<ExperienceCap> caps)
    {
        var payContext = line.Topic is Topic.Salary or Topic.Offer || PayWord().IsMatch(sentence);
        // "Privé-ervaring telt niet mee", "wordt niet meegerekend", "komt niet in aanmerking": a kind that counts for nothing.
        // A cap or a partial count ("niet volledig", "tot maximaal 10 jaar") is no zero.
        var none = payContext && NotCounted().IsMatch(sentence) && (SeniorityWord().IsMatch(sentence) || Private().IsMatch(sentence) || SelfEmployed().IsMatch(sentence))
            && !Max().IsMatch(sentence) && !Partly().IsMatch(sentence);
        if (!none && !Counts().IsMatch(sentence) && !(payContext && Private().IsMatch(sentence) && Max().IsMatch(sentence) && SeniorityWord().IsMatch(sentence)))
        {
            return;
        }

        int? max = none ? 0 : Max().Match(sentence) is { Success: true } m && DutchNumbers.TryParse(m.Groups["n"].Value, out var n) ? (int)n : null;
        var unlimited = !none && Unlimited().IsMatch(sentence);
        if (max is null && !unlimited)
        {
            return;
        }

        var relevant = Relevant().IsMatch(sentence);
        var kinds = new List<string>();
        if (Private().IsMatch(sentence)) kinds.Add("private");
        if (SelfEmployed().IsMatch(sentence)) kinds.Add("self-employed");
        foreach (var kind in kinds)
        {
            Add(caps, new ExperienceCap { Kind = kind, MaxYears = unlimited && max is null ? null : max, RelevantOnly = relevant, Citation = cite });
        }

        var publicMentioned = Public().IsMatch(sentence);
        if (publicMentioned)
        {
            // Public service counts in full unless the sentence caps it too ("Naast anciënniteit vanuit de openbare sector …").
            var publicCapped = kinds.Count == 0 && max is not null;
            Add(caps, new ExperienceCap { Kind = "public", MaxYears = publicCapped ? max : null, Citation = cite });
        }

        if (Education().IsMatch(sentence))
        {
            Add(caps, new ExperienceCap { Kind = "education", MaxYears = kinds.Count == 0 ? max : null, Citation = cite });
        }
    }

    [GeneratedRegex(@";|,?\s+(?:maar|terwijl|daarentegen)\s+|,\s+(?=(?:de\s+|je\s+|jouw\s+)?(?:anci[eë]nniteit|ervaring|diensten|dienstjaren)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:telt|tellen|wordt|worden|komt|komen|kan|kunnen)\s+(?:\S+\s+){0,4}?niet\s+(?:\S+\s+){0,2}?(?:mee\b|meegerekend|meegeteld|meegenomen|in aanmerking|gevaloriseerd|aanvaard|erkend)|\bniet\s+(?:mee(?:gerekend|geteld|genomen)|in aanmerking genomen|gevaloriseerd)|\bgeen rekening\b|\bniet\s+meetellen\b|\bgeen\s+(?:valorisatie|erkenning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotCounted();

    [GeneratedRegex(@"\bniet\s+(?:volledig|integraal|helemaal|geheel|altijd)|gedeeltelijk|\bdeels\b|\bslechts\b|pro rata|naar rato|voor de helft", RegexOptions.IgnoreCase)]
    private static partial Regex Partly();

    private static void Add(List<ExperienceCap> caps, ExperienceCap cap)
    {
        if (!caps.Any(c => c.Kind == cap.Kind))
        {
            caps.Add(cap);
        }
    }

    [GeneratedRegex(@"in aanmerking genomen|mee(genomen|gerekend|geteld|tellen)|\btel\w*\s+(?:\w+\s+){0,3}mee\b|\bne(?:e)?m\w*\s+(?:\w+\s+){0,3}mee\b|gevaloriseerd|valorisatie|geldelijke anci[eë]nniteit|overgenomen", RegexOptions.IgnoreCase)]
    private static partial Regex Counts();

    [GeneratedRegex(@"(?:maximum|maximaal|max\.?|hoogstens|ten hoogste|tot|beperkt tot|begrensd op)\s*(?:van\s+|tot\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar", RegexOptions.IgnoreCase)]
    private static partial Regex Max();

    [GeneratedRegex(@"onbeperkt|volledig|zonder beperking|integraal", RegexOptions.IgnoreCase)]
    private static partial Regex Unlimited();

    [GeneratedRegex(@"relevant|nuttig|functierelevant", RegexOptions.IgnoreCase)]
    private static partial Regex Relevant();

    [GeneratedRegex(@"privé|prive|private sector|privésector|bedrijfsleven|privaat|buiten de (?:overheid|openbare sector|publieke sector)", RegexOptions.IgnoreCase)]
    private static partial Regex Private();

    [GeneratedRegex(@"ervaring|anci[eë]nniteit|dienstjaren|loopbaan", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityWord();

    [GeneratedRegex(@"salaris|loon|wedde|verloning|barema|geldelijke|anci[eë]nniteit", RegexOptions.IgnoreCase)]
    private static partial Regex PayWord();

    [GeneratedRegex(@"zelfstandige", RegexOptions.IgnoreCase)]
    private static partial Regex SelfEmployed();

    [GeneratedRegex(@"(?<!buiten de )(?:andere overheid|openbare sector|overheidsdienst|publieke sector|overheid)", RegexOptions.IgnoreCase)]
    private static partial Regex Public();

    [GeneratedRegex(@"\bonderwijs\b", RegexOptions.IgnoreCase)]
    private static partial Regex Education();
}
