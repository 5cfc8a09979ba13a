using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>General admission requirements: nationality, conduct (criminal-record extract), civil rights, medical fitness, licence, language, exam, foreign diplomas.</summary>
public static partial class GeneralRequirementRules
{
    /// <summary>Reads the general requirements from requirement lines (or, when those say nothing, from every line outside offer and selection).</summary>
    public static IReadOnlyList<GeneralRequirement> Find(ExtractionContext ctx, IReadOnlyList<TextLine> requirementLines)
    {
        var result = Scan(ctx.View, requirementLines);
        if (result.Count == 0)
        {
            result = Scan(ctx.View, ctx.View.Lines.Where(l => l.Topic is not (Topic.Offer or Topic.Selection or Topic.Application or Topic.Benefits or Topic.Salary)).ToList());
        }

        return result;
    }

    private static List<GeneralRequirement> Scan(DocumentView view, IReadOnlyList<TextLine> lines)
    {
        var result = new List<GeneralRequirement>();
        void Add(string kind, string? value, TextLine line, Match m, int? maxAge = null)
        {
            if (result.Any(r => r.Kind == kind))
            {
                return;
            }

            result.Add(new GeneralRequirement { Kind = kind, Value = value, MaxAgeMonths = maxAge, Citation = view.CiteSentence(line, m.Index, m.Index + m.Length) });
        }

        foreach (var line in lines)
        {
            var t = line.Text;
            var preferred = Preferred().IsMatch(t);
            if (NoNationality().Match(t) is { Success: true } none)
            {
                Add("nationality", "none", line, none);
            }
            else if (Nationality().Match(t) is { Success: true } n)
            {
                var v = n.Value.ToLowerInvariant();
                var eea = v.Contains("eer", StringComparison.Ordinal) || v.Contains("economische", StringComparison.Ordinal);
                Add("nationality", eea ? (Swiss().IsMatch(t) ? "EEA+CH" : "EEA") : v.Contains("belg", StringComparison.Ordinal) ? "BE" : "EU", line, n);
            }

            if (Students().Match(t) is { Success: true } st)
            {
                Add("students", null, line, st);
            }

            if (Conduct().Match(t) is { Success: true } c)
            {
                var article = Art5962().IsMatch(t) ? "596.2" : Art5961().IsMatch(t) ? "596.1" : Art595().IsMatch(t) ? "595" : null;
                int? months = MaxAge().Match(t) is { Success: true } a && DutchNumbers.TryParse(a.Groups["n"].Value, out var mm) ? (int)mm : null;
                Add("conduct", article, line, c, months);
            }

            if (CivilRights().Match(t) is { Success: true } r) Add("civil-rights", null, line, r);
            if (Medical().Match(t) is { Success: true } md) Add("medical", null, line, md);
            if (!preferred && !NotRequired().IsMatch(t) && Licence().Match(t) is { Success: true } l)
            {
                var category = l.Groups["cat"].Success ? l.Groups["cat"].Value : l.Groups["pre"].Success ? l.Groups["pre"].Value : "B";
                Add("licence", category.ToUpperInvariant(), line, l);
            }

            if (!preferred && Language().Match(t) is { Success: true } lg) Add("language", LanguageLevel().Match(t) is { Success: true } lv ? lv.Value : null, line, lg);
            if (Exam().Match(t) is { Success: true } e) Add("exam", null, line, e);
            if (ForeignDiploma().Match(t) is { Success: true } f) Add("foreign-diploma", "equivalence", line, f);
        }

        return result;
    }

    [GeneratedRegex(@"burger (van|uit) (de|een lidstaat van de) europese unie|eu-burger|onderdaan (zijn )?van (de |een lidstaat van de )?(eer|europese economische ruimte|europese unie|eu)\b|belg zijn|belgische nationaliteit|nationaliteit van een (lid)?staat", RegexOptions.IgnoreCase)]
    private static partial Regex Nationality();

    [GeneratedRegex(@"geen nationaliteitsvereiste|geen (voorwaarde|vereiste)n? (inzake|qua|over|van) nationaliteit|nationaliteit (speelt )?geen rol|ongeacht (je|uw|de|hun) nationaliteit|alle nationaliteiten (zijn )?welkom|er (geldt|is) geen nationaliteitsvoorwaarde", RegexOptions.IgnoreCase)]
    private static partial Regex NoNationality();

    [GeneratedRegex(@"zwitser", RegexOptions.IgnoreCase)]
    private static partial Regex Swiss();

    /// <summary>Final-year students admitted (on condition of having the diploma by a date).</summary>
    [GeneratedRegex(@"laatstejaars|student(en)? (die )?in (het|hun|je) laatste jaar|laatste (opleidings)?jaar van (je|hun|de|uw) (opleiding|studies)|(diploma|studies) (behalen|afronden|hebben behaald) (ten laatste |uiterlijk )?(tegen|op|voor|vóór)", RegexOptions.IgnoreCase)]
    private static partial Regex Students();

    /// <summary>
    /// "Een rijbewijs is niet vereist", "je hebt geen rijbewijs nodig": the opposite of a requirement (no general
    /// requirement is read from it, and it is no requirement sentence left unread either).
    /// </summary>
    [GeneratedRegex(@"(is|zijn) niet (vereist|nodig|verplicht)|\bgeen (vereiste|voorwaarde)\b|\bhoef je niet\b|\bgeen [\p{L} ]{0,20}nodig\b", RegexOptions.IgnoreCase)]
    internal static partial Regex NotRequired();

    [GeneratedRegex(@"bij voorkeur|is een (pluspunt|troef|meerwaarde)|strekt tot aanbeveling|een pluspunt", RegexOptions.IgnoreCase)]
    private static partial Regex Preferred();

    [GeneratedRegex(@"onberispelijk gedrag|gedrag (vertonen )?dat in overeenstemming is|uittreksel uit het strafregister|bewijs van goed gedrag", RegexOptions.IgnoreCase)]
    private static partial Regex Conduct();

    [GeneratedRegex(@"596[.,]?\s*(lid|al\.?)?\s*2|596\.2|minderjarigen", RegexOptions.IgnoreCase)]
    private static partial Regex Art5962();

    [GeneratedRegex(@"596[.,]?\s*(lid|al\.?)?\s*1\b|596\.1", RegexOptions.IgnoreCase)]
    private static partial Regex Art5961();

    [GeneratedRegex(@"algemeen model|\b595\b", RegexOptions.IgnoreCase)]
    private static partial Regex Art595();

    [GeneratedRegex(@"niet ouder (?:is |zijn )?dan (?<n>\d+|" + DutchNumbers.WordPattern + @")\s*maand", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();

    [GeneratedRegex(@"burgerlijke en politieke rechten", RegexOptions.IgnoreCase)]
    private static partial Regex CivilRights();

    [GeneratedRegex(@"medisch geschikt|lichamelijk geschikt|medische geschiktheid", RegexOptions.IgnoreCase)]
    private static partial Regex Medical();

    [GeneratedRegex(@"(?:\b(?<pre>CE|BE|C1|B|C|D)[- ]?rijbewijs|rijbewijs(?:\s+(?:categorie|type|cat\.))?\s*(?<cat>CE|BE|B|C1|C|D)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Licence();

    [GeneratedRegex(@"taalkennis|taalvereiste|kennis van het nederlands|taalrol|tweede landstaal|taalattest|taalbekwaamheid", RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    [GeneratedRegex(@"\b(A1|A2|B1|B2|C1|C2)\b")]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"slag(en|en) voor (het|de) (aanwervingsexamen|selectieprocedure|selectie|examen|selectieproeven)", RegexOptions.IgnoreCase)]
    private static partial Regex Exam();

    [GeneratedRegex(@"buitenland behaalde diploma|buitenlands diploma|gelijkwaardigheid|naric", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDiploma();
}
