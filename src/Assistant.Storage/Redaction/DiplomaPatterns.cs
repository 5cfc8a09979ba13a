using System.Text.RegularExpressions;

namespace Assistant.Storage.Redaction;

/// <summary>Statements of one's diploma in nl/en/fr, with the field of study ("ik heb een master in de rechten").</summary>
internal static partial class DiplomaPatterns
{
    private const string Lead =
        @"(?<lead>\b(?:ik\s+(?:heb|bezit|behaalde|ben\s+(?:in\s+het\s+bezit\s+van|houder\s+van))|heb\s+ik|mijn\s+(?:hoogste\s+)?diploma\s+is|met" +
        @"|I\s+(?:have|hold|obtained|completed|earned|got|finished)|I['’]ve(?:\s+got)?|my\s+(?:highest\s+)?(?:degree|diploma|qualification)\s+is|with" +
        @"|j['’]ai(?:\s+obtenu)?|je\s+n['’]ai\s+(?:pas|aucun)|je\s+suis\s+titulaire\s+d['’]|je\s+dispose\s+d['’]|je\s+possède|mon\s+(?:dernier\s+)?diplôme\s+est|avec)\b" +
        @"(?:\s+(?:ook|al|wel|enkel|alleen|maar|nog|only|also|just|already|aussi|seulement|déjà|juste))*\s*)";

    private const string Determiner = @"(?:(?:een|geen|mijn|het|de|a|an|no|my|the|un|une|le|la|mon|ma|d['’]|l['’])\s*)?";

    private const string Noun =
        @"(?:\p{L}*diploma(?:['’]s|s)?|\p{L}*diplôme|bachelor(?:s|['’]s)?|master(?:s|['’]s)?|bachelier|graduaat|graduat|licentiaat|licence" +
        @"|doctoraat|doctorat|doctorate|ph\.?d|degree|getuigschrift|CESS|associate\s+degree)" +
        @"(?:\s+(?:degree|diploma|diplôme))?\b";

    /// <summary>Words that end a field of study: function words and the verbs and adjectives that follow a diploma in a question.</summary>
    private const string StopWords =
        "en|of|maar|want|dus|kan|kun|mag|moet|wil|ik|je|jij|u|we|is|ben|heb|heeft|zijn|was|nodig|vereist|behaald|gehaald|voor|om|te|bij|als|" +
        "met|sinds|van|uit|aan|op|in|niet|wel|ook|nog|al|dan|dat|die|deze|het|de|een|solliciteren|toegelaten|geldig|genoeg|voldoende|" +
        "and|or|but|so|can|could|may|must|I|you|is|am|are|have|has|from|at|for|to|with|since|on|the|a|an|that|which|needed|required|" +
        "obtained|enough|apply|eligible|valid|do|does|will|would|et|ou|mais|donc|tu|vous|est|suis|ai|puis|peux|peut|pour|à|au|avec|" +
        "depuis|chez|dans|du|des|le|la|les|un|une|obtenu|nécessaire|requis|suffisant|postuler|valable";

    private const string FieldWord = @"(?!(?:" + StopWords + @")\b)[\p{L}-]+";

    private const string Field =
        @"(?:\s+(?:in|en|of|van|de|du)\s+(?:de\s+|het\s+|the\s+|la\s+|le\s+|l['’]|les\s+)?" + FieldWord + @"(?:\s+" + FieldWord + "){0,2}" +
        @"|\s+" + FieldWord + @"(?:\s+" + FieldWord + "){0,2})?";

    private const string Statement = Lead + Determiner + @"(?:[\p{L}-]+\s+){0,2}?" + Noun + Field;

    public static IEnumerable<RedactionRule> Rules()
    {
        yield return RedactionRule.AfterLead(StatementRegex(), "[diploma]")
            .Requires(Prefilters.AnyOf("dipl", "bachelor", "master", "bachelier", "gradua", "licen", "doctora", "phd", "ph.d", "degree", "getuigschrift", "cess"));
    }

    /// <summary>"ik heb een bachelordiploma", "I have a master's degree in law", "j'ai un bachelier", "met een professionele bachelor".</summary>
    [GeneratedRegex(Statement, RedactionRule.Options, RedactionRule.TimeoutMilliseconds)]
    private static partial Regex StatementRegex();
}
