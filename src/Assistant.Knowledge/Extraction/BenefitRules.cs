using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Benefits: list items in offer/benefit sections, and the parts of an "Extralegale voordelen: a, b, c" line.
/// Each gets a kind ("meal-vouchers", "leave-days", …) and, when stated, its amount ("€ 8 per gewerkte dag", "36 vakantiedagen").
/// </summary>
public static partial class BenefitRules
{
    /// <summary>The benefits in document order.</summary>
    public static IReadOnlyList<Benefit> Find(ExtractionContext ctx)
    {
        var result = new List<Benefit>();
        var offerLike = OfferLikeSections(ctx.View.Lines);
        foreach (var line in ctx.View.Lines)
        {
            var listLike = line.Section is { } own && offerLike.Contains(own);
            var inOffer = line.Topic is Topic.Benefits or Topic.Offer or Topic.Salary || listLike;
            var ownHeading = TopicRules.OfHeading(line.SectionTitle) is Topic.Benefits or Topic.Offer or Topic.Salary || listLike;
            var listed = ListLead().Match(line.Content);
            var known = Kind(line.Content) != "other";
            if (!listed.Success && !(inOffer && line.IsBullet && (ownHeading || known)) && !(inOffer && known && line.Content.Length < 160))
            {
                continue;
            }

            // "Toelagen bovenop de wedde: nachtprestaties +25%": an allowance with its rate names the salary only as its base.
            if (NotABenefit().IsMatch(listed.Success ? line.Content[listed.Length..] : line.Content) && !listed.Success && !IsAllowance(line.Content))
            {
                continue;
            }

            var content = line.Content;
            var offset = line.IsBullet ? 2 : 0;
            if (listed.Success)
            {
                offset += listed.Length;
                content = content[listed.Length..];
            }

            foreach (var (start, end) in listed.Success ? Parts(content) : [(0, content.Length)])
            {
                var text = content[start..end].Trim().TrimEnd('.', ';', ',').Trim();
                if (text.Length < 3 || !text.Any(char.IsLetter) || (NotABenefit().IsMatch(text) && !IsAllowance(text)))
                {
                    continue;
                }

                var (amount, max, unit) = AmountOf(text);
                var kinds = Kinds(text);
                result.Add(new Benefit { Text = text, Kind = kinds.Count > 0 ? kinds[0] : "other", OtherKinds = kinds.Skip(1).ToList(), Amount = amount, AmountMax = max, Unit = unit, Citation = ctx.View.Cite(line, offset + start, offset + end) });
            }
        }

        return result.DistinctBy(b => b.Text).ToList();
    }

    /// <summary>
    /// Sections whose heading no rule reads as the offer ("Wat nog?", "Daarnaast", a heading in another wording) but whose
    /// bullets are mostly benefits of a known kind (at least three, and at least half of the bullets): the list itself
    /// shows it is the offer.
    /// </summary>
    private static HashSet<Documents.Section> OfferLikeSections(IReadOnlyList<TextLine> lines)
    {
        var result = new HashSet<Documents.Section>(ReferenceEqualityComparer.Instance);
        foreach (var group in lines.Where(l => l.Section is not null && l.IsBullet && l.Topic is not (Topic.Benefits or Topic.Offer or Topic.Salary))
                     .GroupBy(l => l.Section!, ReferenceEqualityComparer.Instance))
        {
            var bullets = group.ToList();
            var known = bullets.Count(l => Kind(l.Content) != "other" && !NotABenefit().IsMatch(l.Content));
            if (known >= 3 && known * 2 >= bullets.Count)
            {
                result.Add((Documents.Section)group.Key!);
            }
        }

        return result;
    }

    /// <summary>The normalised kind of a benefit text: the first of <see cref="Kinds"/>, or "other".</summary>
    public static string Kind(string text) => Kinds(text) is { Count: > 0 } kinds ? kinds[0] : "other";

    /// <summary>Every kind a benefit text names, in order of precedence (a line can list leave days, flexible hours and telework).</summary>
    public static IReadOnlyList<string> Kinds(string text)
    {
        var t = text.ToLowerInvariant();
        var kinds = new List<string>();
        foreach (var (kind, test) in KindTests)
        {
            if (test(t))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    private static readonly (string Kind, Func<string, bool> Test)[] KindTests =
    [
        ("meal-vouchers", t => t.Contains("maaltijdcheque", StringComparison.Ordinal)),
        ("eco-vouchers", t => t.Contains("ecocheque", StringComparison.Ordinal)),
        ("leave-days", t => LeaveWords().IsMatch(t)),
        ("hospitalisation", t => t.Contains("hospitalisatie", StringComparison.Ordinal)),
        ("health-insurance", t => t.Contains("ziekteverzekering", StringComparison.Ordinal)),
        ("bike", t => t.Contains("fiets", StringComparison.Ordinal)),
        ("equipment", t => EquipmentWords().IsMatch(t)),
        ("commute", t => CommuteWords().IsMatch(t)),
        ("pension", t => PensionWords().IsMatch(t)),
        ("telework", t => TeleworkWords().IsMatch(t)),
        ("training", t => t.Contains("opleiding", StringComparison.Ordinal) || t.Contains("vorming", StringComparison.Ordinal)),
        ("holiday-pay", t => t.Contains("vakantiegeld", StringComparison.Ordinal)),
        ("year-end-bonus", t => t.Contains("eindejaar", StringComparison.Ordinal)),
        ("flexible-hours", t => t.Contains("glij", StringComparison.Ordinal) || t.Contains("flexib", StringComparison.Ordinal) || t.Contains("kredieturen", StringComparison.Ordinal)),
        ("staff-advantages", t => t.Contains("sociale dienst", StringComparison.Ordinal) || t.Contains("gsd", StringComparison.Ordinal) || t.Contains("personeelsvereniging", StringComparison.Ordinal) || t.Contains("korting", StringComparison.Ordinal)),
        ("restaurant", t => t.Contains("restaurant", StringComparison.Ordinal)),
    ];

    private static IEnumerable<(int Start, int End)> Parts(string content)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            depth += content[i] == '(' ? 1 : content[i] == ')' ? -1 : 0;
            var splitComma = content[i] == ',' && depth == 0 && i + 1 < content.Length && content[i + 1] == ' ' && !(i > 0 && char.IsDigit(content[i - 1]) && char.IsDigit(content[i + 1]));
            if ((splitComma || content[i] == ';') && content.Length > 60)
            {
                yield return (start, i);
                start = i + 1;
            }
        }

        yield return (start, content.Length);
    }

    private static (decimal? Amount, decimal? Max, string? Unit) AmountOf(string text)
    {
        var money = Money.FindAll(text);
        if (money.Count > 0)
        {
            var after = text[money[0].End..].ToLowerInvariant();
            var unit = after.Contains("km", StringComparison.Ordinal) || after.Contains("kilometer", StringComparison.Ordinal) ? "eur-per-km"
                : after.Contains("dag", StringComparison.Ordinal) ? "eur-per-day"
                : after.Contains("jaar", StringComparison.Ordinal) ? "eur-per-year" : "eur";
            return (money[0].Amount, null, unit);
        }

        if (Days().Match(text) is { Success: true } d)
        {
            var min = decimal.Parse(d.Groups["a"].Value, CultureInfo.InvariantCulture);
            decimal? max = d.Groups["b"].Success ? decimal.Parse(d.Groups["b"].Value, CultureInfo.InvariantCulture) : null;
            return (min, max, "days");
        }

        if (Percent().Match(text) is { Success: true } p)
        {
            return (decimal.Parse(p.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture), null, "percent");
        }

        return (null, null, null);
    }

    [GeneratedRegex(@"^(?:met\s+)?extralegale voordelen\s*:\s*|^voordelen\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"salaris|loonschaal|brutoloon|bruto\s*€|wedde|anci[eë]nniteit|beroepservaring|contract|aanstelling|arbeidsovereenkomst|^een (inhoudelijk )?boeiende|^je stapt", RegexOptions.IgnoreCase)]
    private static partial Regex NotABenefit();

    [GeneratedRegex(@"vakantiedag|verlofdag|verlofregeling|verlofpakket|jaarlijkse vakantie|dagen verlof|\bverlof\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeaveWords();

    [GeneratedRegex(@"laptop|smartphone|\bgsm\b|tablet", RegexOptions.IgnoreCase)]
    private static partial Regex EquipmentWords();

    [GeneratedRegex(@"openbaar vervoer|\btrein|\bbus\b|busabonnement|woon-werk|vervoersabonnement", RegexOptions.IgnoreCase)]
    private static partial Regex CommuteWords();

    [GeneratedRegex(@"pensioen|groepsverzekering", RegexOptions.IgnoreCase)]
    private static partial Regex PensionWords();

    [GeneratedRegex(@"telewerk|thuiswerk|plaatsonafhankelijk|van thuis(uit)? (uit )?(te )?werken|thuis te werken|hybride? werk", RegexOptions.IgnoreCase)]
    private static partial Regex TeleworkWords();

    [GeneratedRegex(@"(?<a>\d{1,3})(?:\s*(?:tot|à|-|–)\s*(?<b>\d{1,3}))?\s*(?:\(?\s*)?(?:vakantiedagen|verlofdagen|dagen|werkdagen)", RegexOptions.IgnoreCase)]
    private static partial Regex Days();

    [GeneratedRegex(@"(?<n>\d{1,2}(?:[.,]\d)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    private static bool IsAllowance(string text) => AllowanceWord().IsMatch(text) && Percent().IsMatch(text);

    [GeneratedRegex(@"toeslag|toelage|premie", RegexOptions.IgnoreCase)]
    private static partial Regex AllowanceWord();
}
