using Assistant.Core.Text.Redaction;
namespace Assistant.Storage.Redaction;

/// <summary>Years of experience and age in nl/en/fr ("3 jaar ervaring", "5 years of experience", "j'ai 45 ans").</summary>
internal static class ExperiencePatterns
{
    private const string NumberWords =
        "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|anderhalf|" +
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|" +
        "un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt";

    private const string Amount = @"(?:\d+(?:[.,]\d+)?|(?:" + NumberWords + @")\b)(?:\s*(?:-|–|à|tot|to)\s*\d+)?\s*\+?";

    private const string Years = @"\b" + Amount + @"\s*(?:jaar|jaren|maanden|maand|years?|yrs?|months?|ans|an|années?|mois)\b(?:['’]s?)?";

    private const string Span = Years + @"(?:\s+(?:en|and|et)\s+" + Years + ")?";

    private const string Experience = @"\p{L}*(?:ervaring|experience|expérience|experiences|expériences)";

    private const string ExperienceAfterAmount =
        Span + @"\s+(?:(?:of|d['’]|de|aan)\s*)?(?:[\p{L}-]+\s+){0,2}?" + Experience + @"\b";

    private const string AmountAfterExperience =
        @"(?<lead>\b" + Experience + @"(?:\s+\p{L}+)?(?:\s*:\s*|\s+(?:van|of|de)\s+))" +
        @"(?:(?:meer\s+dan|ruim|bijna|ongeveer|more\s+than|about|almost|plus\s+de|environ|presque)\s+)?" + Span;

    private const string WorkedFor =
        @"(?<lead>\b(?:werk|werkte|gewerkt|werkzaam|worked|working|work|travaille|travaillé)\b[^.?!\n]{0,40}?\b(?:al|reeds|sinds|for|since|depuis|pendant)\s+)" + Span;

    private const string ServiceYears =
        "(?<core>" + Span + @")(?:\s+[\p{L}-]+){0,4}?\s+(?:gewerkt|in\s+dienst|anciënniteit|seniority|ancienneté)\b";

    private const string MoreExperience =
        @"(?<lead>\[experience\][^.?!\n\[]{0,60}?(?:\s+(?:en|and|et|plus)|,)\s+)" + Span;

    private const string Age =
        @"(?<lead>\b(?:ik\s+ben|I\s+am|I['’]m|j['’]ai)\s+)\d{1,2}\s*(?:jaar(?:\s+oud)?|years?(?:\s+old)?|ans)\b";

    public static IEnumerable<RedactionRule> Rules()
    {
        var experienceWord = Prefilters.AnyOf("ervaring", "experience", "expérience");
        yield return RedactionRule.Token(ExperienceAfterAmount, "[experience]").Requires(experienceWord);
        yield return RedactionRule.AfterLead(AmountAfterExperience, "[experience]").Requires(experienceWord);
        yield return RedactionRule.AfterLead(WorkedFor, "[experience]").Requires(Prefilters.AnyOf("werk", "work", "travaill"));
        yield return RedactionRule.Token(ServiceYears, "[experience]").Requires(Prefilters.AnyOf("gewerkt", "dienst", "anci", "seniority"));

        // "2 jaar ervaring in de overheid en 5 jaar in de privé": the second period of the same sentence (twice: a third one).
        yield return RedactionRule.AfterLead(MoreExperience, "[experience]").Requires(Prefilters.AnyOf("[experience]"));
        yield return RedactionRule.AfterLead(MoreExperience, "[experience]").Requires(Prefilters.AnyOf("[experience]"));

        yield return RedactionRule.AfterLead(Age, "[age]").Requires(Prefilters.HasDigit);
    }
}
