using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Tools.Scoring;

/// <summary>
/// What kind of test a candidate's words or a step's Dutch name speak of, in nl/en/fr: "rijproef", "épreuve pratique",
/// "practical test" are all practical; "interview", "selectiegesprek", "entretien" an interview, close to an oral test.
/// Lets "12/20 op de case" find "Schriftelijke juridische case" and "36/60 à l'épreuve pratique" find "Praktische proef".
/// </summary>
public static class StepConcepts
{
    private static readonly (string Concept, string[] Stems)[] Table =
    [
        ("written", ["schriftelijk", "written", "ecrit", "examen", "exam", "paper", "kennistest", "kennisproef", "vragenlijst"]),
        ("oral", ["mondeling", "oral", "jury"]),
        ("interview", ["interview", "gesprek", "entretien", "sollicitatie", "jury", "star"]),
        ("practical", ["prakti", "practical", "pratique", "rijproef", "driving", "conduite", "werkplaats", "workshop", "atelier", "proefles"]),
        ("technical", ["techni"]),
        ("case", ["case", "casus", "opdracht", "assignment", "cas pratique", "dossier", "devoir"]),
        ("assessment", ["assessment"]),
        ("capacity", ["capaciteit", "redeneer", "capacity", "reasoning", "aptitude", "capacite", "niveautest"]),
        ("language", ["taal", "language", "langue", "linguisti"]),
        ("role-play", ["rollenspel", "role play", "role-play", "roleplay", "jeu de role"]),
        ("presentation", ["presentatie", "presentation"]),
        ("online", ["online", "digita", "computer", "en ligne"]),
        ("physical", ["fysiek", "fysische", "sportproef", "sporttest", "sportieve", "physical", "physique", "sportif", "conditie", "fitness", "lichamelijk"]),
        ("swimming", ["zwem", "swim", "natation", "nage", "nager"]),
    ];

    /// <summary>The concepts a text names.</summary>
    public static HashSet<string> Of(string text)
    {
        var folded = TextFold.Fold(text);
        return Table.Where(t => t.Stems.Any(s => folded.Contains(s, StringComparison.Ordinal))).Select(t => t.Concept).ToHashSet();
    }

    /// <summary>The concepts of a step: those of its name and kind.</summary>
    public static HashSet<string> Of(SelectionStep step)
    {
        var concepts = Of(step.Name);
        concepts.UnionWith(step.Kind switch
        {
            "written" => ["written"],
            "oral" => ["oral"],
            "interview" => ["interview"],
            "assignment" => ["case"],
            "assessment" => ["assessment"],
            "capacity-test" => ["capacity"],
            "language-test" => ["language"],
            "role-play" => ["role-play"],
            _ => [],
        });
        return concepts;
    }

    /// <summary>Concepts close enough to stand in for each other when nothing closer matches (an interview is the oral test).</summary>
    public static IEnumerable<string> Near(string concept) => concept switch
    {
        "oral" => ["interview"],
        "interview" => ["oral"],
        "practical" => ["technical"],
        "technical" => ["practical"],
        "case" => ["written"],
        _ => [],
    };
}
