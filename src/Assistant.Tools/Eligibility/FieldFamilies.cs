using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Names of one study field in the words candidates use: the degree title ("burgerlijk ingenieur", "industrieel ingenieur"),
/// French and English names ("ingénieur civil", "électricien", "electrical") and the Dutch programme name a vacancy writes
/// ("master in de ingenieurswetenschappen", "industriële wetenschappen", "elektrotechniek"). Folded text in, the same text
/// with the programme names it implies appended, so a field check compares like with like.
/// </summary>
public static class FieldFamilies
{
    /// <summary>Folded words (or word starts) of a candidate's field and the programme name each implies.</summary>
    private static readonly (string[] Words, string Programme)[] Names =
    [
        (["burgerlijk ingenieur", "burgerlijke ingenieur", "ingenieur civil", "ingenieure civile", "civil engineer ", "ir. ", "master of science in engineering", "master in engineering", "engineering science"], "ingenieurswetenschappen"),
        (["industrieel ingenieur", "industriele ingenieur", "ingenieur industriel", "ingenieure industrielle", "industrial engineer", "industriele wetenschap", "sciences industrielles", "industrial science"], "industriele wetenschappen"),
        (["bio-ingenieur", "bioingenieur", "bio-engineer", "bioengineer"], "bio-ingenieurswetenschappen"),
        (["handelsingenieur", "ingenieur commercial", "business engineer"], "handelsingenieur"),
        (["electrical", "electricien", "electricienne", "electrotechni", "elektrotechni", "elektricien", "elektrische", "electricite", "electricity", "elektriciteit"], "elektrotechniek"),
        (["electromechani", "electromecani", "elektromechani"], "elektromechanica"),
        (["architect"], "architectuur"),
        (["energy", "energie"], "energie"),
        (["mechanical", "mecanique", "werktuigkunde", "werktuigbouw"], "werktuigkunde"),
        (["chemical", "chimie", "chimique"], "chemie"),
        (["computer science", "informatique", "computerwetenschappen"], "informatica"),
        (["accountancy", "accounting", "boekhoud", "comptabilit", "bookkeeping"], "boekhouding"),
    ];

    /// <summary>
    /// Programme names that exclude one another: a master in the industrial sciences is no master in the engineering sciences
    /// (burgerlijk ingenieur), whatever the option, and neither is a bio- or business engineer.
    /// </summary>
    private static readonly string[] ExclusiveProgrammes =
        ["bio-ingenieurswetenschappen", "handelsingenieur", "industriele wetenschappen", "ingenieurswetenschappen"];

    /// <summary>The folded field with the programme names its words imply appended (once each).</summary>
    public static string Expand(string folded)
    {
        var padded = " " + folded + " ";
        var extra = Names.Where(n => !padded.Contains(" " + n.Programme, StringComparison.Ordinal)
                && n.Words.Any(w => padded.Contains(" " + w, StringComparison.Ordinal)))
            .Select(n => n.Programme).Distinct();
        return string.Join(' ', new[] { folded }.Concat(extra));
    }

    /// <summary>
    /// The exclusive programmes a folded field names as phrases: "industriele wetenschappen: elektrotechniek" names the
    /// industrial sciences, "bio-ingenieurswetenschappen" the bio-engineering sciences and not the engineering sciences.
    /// </summary>
    public static IReadOnlySet<string> Programmes(string folded)
    {
        var padded = " " + folded.Replace(':', ' ').Replace(',', ' ').Replace(';', ' ') + " ";
        return ExclusiveProgrammes.Where(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The candidate names only exclusive programmes that the required field does not accept (it names others).</summary>
    public static bool OtherProgramme(string givenExpanded, string requiredFolded)
    {
        var required = Programmes(requiredFolded);
        var given = Programmes(givenExpanded);
        return required.Count > 0 && given.Count > 0 && !given.Overlaps(required);
    }

    /// <summary>The words of the names above ("burgerlijk", "industrieel", "civil"): words that name a programme, no option.</summary>
    public static bool IsNameWord(string word) =>
        Names.Any(n => n.Words.Any(w => w.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.Ordinal))
            && ExclusiveProgrammes.Contains(n.Programme, StringComparer.Ordinal));

    /// <summary>Folds and expands in one step.</summary>
    public static string FoldExpand(string text) => Expand(TextFold.Fold(text));
}
