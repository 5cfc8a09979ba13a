using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Storage.Redaction;

/// <summary>A candidate's profile facts in nl/en/fr: years of experience, age, scores, diplomas.</summary>
internal static class ProfilePatterns
{
    private const string NumberWords =
        "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|anderhalf|" +
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|" +
        "un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt";

    private const string Amount = @"(?:\d+(?:[.,]\d+)?|(?:" + NumberWords + @")\b)(?:\s*(?:-|–|à|tot|to)\s*\d+)?\s*\+?";

    private const string Years = @"\b" + Amount + @"\s*(?:jaar|jaren|maanden|maand|years?|yrs?|months?|ans|an|années?|mois)\b(?:['’]s?)?";

    private const string Span = Years + @"(?:\s+(?:en|and|et)\s+" + Years + ")?";

    private const string Experience = @"\p{L}*(?:ervaring|experience|expérience|experiences|expériences)";

    private const string DiplomaLead =
        @"(?<lead>\b(?:ik\s+(?:heb|bezit|behaalde|ben\s+(?:in\s+het\s+bezit\s+van|houder\s+van))|heb\s+ik|mijn\s+(?:hoogste\s+)?diploma\s+is|met" +
        @"|I\s+(?:have|hold|obtained|completed|earned|got|finished)|I['’]ve(?:\s+got)?|my\s+(?:highest\s+)?(?:degree|diploma|qualification)\s+is|with" +
        @"|j['’]ai(?:\s+obtenu)?|je\s+n['’]ai\s+(?:pas|aucun)|je\s+(?:suis\s+titulaire|dispose)|je\s+possède|mon\s+(?:dernier\s+)?diplôme\s+est|avec)" +
        @"(?:\s+(?:ook|al|wel|enkel|alleen|maar|nog|only|also|just|already|aussi|seulement|déjà|juste))*\s+)";

    private const string Determiner = @"(?:(?:een|geen|mijn|het|de|a|an|no|my|the|un|une|le|la|mon|ma|de|d['’]|l['’])\s*)?";

    private const string DiplomaNoun =
        @"(?:\p{L}*diploma(?:['’]s|s)?|\p{L}*diplôme|bachelor(?:s|['’]s)?|master(?:s|['’]s)?|bachelier|graduaat|graduat|licentiaat|licence" +
        @"|doctoraat|doctorat|doctorate|ph\.?d|degree|getuigschrift|CESS|associate\s+degree)" +
        @"(?:\s+(?:degree|diploma|diplôme))?" +
        @"(?:\s+(?:secundair|hoger|middelbaar)\s+onderwijs|\s+de\s+l['’]enseignement\s+\p{L}+)?" +
        @"(?:\s+(?:in|en|of|van|de)\s+(?:de\s+|het\s+|the\s+|la\s+|le\s+|l['’]|les\s+)?[\p{L}-]+)?";

    public static IEnumerable<RedactionRule> Rules()
    {
        // "3 jaar (relevante) ervaring", "5 years of experience", "3 ans d'expérience"
        yield return RedactionRule.Token(Span + @"\s+(?:(?:of|d['’]|de|aan)\s*)?(?:[\p{L}-]+\s+){0,2}?" + Experience + @"\b", "[experience]");

        // "ervaring van 5 jaar", "experience of 3 years", "expérience de 4 ans", "werkervaring: 2 jaar"
        yield return RedactionRule.AfterLead(@"(?<lead>\b" + Experience + @"(?:\s+\p{L}+)?(?:\s*:\s*|\s+(?:van|of|de)\s+))(?:(?:meer\s+dan|ruim|bijna|ongeveer|more\s+than|about|almost|plus\s+de|environ|presque)\s+)?" + Span, "[experience]");

        // "ik werk al 5 jaar", "I have worked for 3 years", "je travaille depuis 4 ans", "3 jaar gewerkt"
        yield return RedactionRule.AfterLead(@"(?<lead>\b(?:werk|werkte|gewerkt|werkzaam|worked|working|work|travaille|travaillé)\b[^.?!\n]{0,40}?\b(?:al|reeds|sinds|for|since|depuis|pendant)\s+)" + Span, "[experience]");
        yield return RedactionRule.Token(Span + @"(?=(?:\s+[\p{L}-]+){0,4}?\s+(?:gewerkt|gewerkt\.|in\s+dienst|anciënniteit|seniority|ancienneté)\b)", "[experience]");

        // Age: "ik ben 45 jaar", "I am 45 years old", "j'ai 45 ans"
        yield return RedactionRule.AfterLead(@"(?<lead>\b(?:ik\s+ben|I\s+am|I['’]m|j['’]ai)\s+)\d{1,2}\s*(?:jaar(?:\s+oud)?|years?(?:\s+old)?|ans)\b", "[age]");

        // Scores: "22 op 40", "22/40", "55 out of 100", "14 sur 20", "22 punten op 40"
        yield return RedactionRule.When(@"(?<![\d./,-])\d{1,3}(?:[.,]\d{1,2})?\s*(?:(?:punten|points)\s+)?(?:/|\bop\b|\bsur\b|\bout\s+of\b)\s*\d{1,3}(?![\d]|[./,]\d)",
            "[score]", IsScore);

        yield return RedactionRule.AfterLead(DiplomaLead + Determiner + @"(?:[\p{L}-]+\s+){0,2}?" + DiplomaNoun + @"\b", "[diploma]");
    }

    /// <summary>A score has a numerator not above the denominator (at least 10); "3/12" with a slash reads as a date unless the maximum is a multiple of 5.</summary>
    private static bool IsScore(string value)
    {
        var numbers = Regex.Matches(value, @"\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        if (numbers.Count != 2)
        {
            return false;
        }

        var points = decimal.Parse(numbers[0].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var maximum = decimal.Parse(numbers[1].Value, CultureInfo.InvariantCulture);
        var slash = value.Contains('/', StringComparison.Ordinal);
        return maximum >= 10 && points <= maximum && (!slash || maximum % 5 == 0);
    }
}
