using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// "Hoeveel kandidaten gaan door naar het gesprek?", "komt iedereen door?", "how many candidates are invited?", "tout le monde
/// passe-t-il ?": a question about how many candidates go on is answered by the vacancy's rule that only the best-ranked N do,
/// with that rule quoted; without such a rule the usual answers apply.
/// </summary>
public static partial class WhoGoesOn
{
    /// <summary>Whether the question asks how many (or whether all) candidates go on to a next step.</summary>
    public static bool Asks(string foldedText) => Question().IsMatch(foldedText);

    /// <summary>The answer from the vacancy's rank rules, or null when the question does not ask it or the vacancy has none.</summary>
    public static Answer? Compose(TurnContext t, VacancyFacts v)
    {
        if (!Asks(t.Analysis.FoldedText))
        {
            return null;
        }

        var rules = v.PassRules.Where(r => r.Kind == "top-n" && r.Count is > 0).ToList();
        if (rules.Count == 0)
        {
            return null;
        }

        var lang = t.Language;
        var parts = rules.Select(r => Texts.Get(lang, "num21.proc.topN.rule", ("count", r.Count!.Value), ("quote", DocumentText.Quote(lang, r.Citation.Quote))));
        var text = Texts.Get(lang, "num21.proc.topN", ("vacancy", Format.Vacancy(lang, v)), ("rules", string.Join(" ", parts)));
        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text, [v.Id], rules.Select(r => (Citation?)r.Citation), null);
    }

    /// <summary>Folded question forms in nl, en and fr: a count of candidates with a verb of going on, or "everyone" going on.</summary>
    [GeneratedRegex(
        @"\bhoeveel (kandidaten|deelnemers|mensen|personen|sollicitanten|laureaten|geslaagden)\b.{0,40}\b(door|verder|uitgenodigd|uitnodigen|naar|geselecteerd|selecteren|weerhouden|mogen|gaan|komen)\b"
        + @"|\b(komt|gaat|mag|kan|geraakt) (dan )?(iedereen|elke kandidaat|ieder(e)? kandidaat)\b.{0,25}\b(door|verder|naar)\b|\b(gaan|komen|mogen) (alle|al de) (kandidaten|deelnemers|geslaagden)\b.{0,25}\b(door|verder|naar)\b"
        + @"|\bwordt iedereen\b.{0,20}\b(uitgenodigd|geselecteerd)\b"
        + @"|\bhow many (candidates|applicants|people|participants)\b.{0,40}\b(go|get|move|invited|through|on|advance|proceed|selected|pass(ed)? on)\b"
        + @"|\b(does|do|can|will|is) (everyone|everybody|every candidate|all (the )?(candidates|applicants))\b.{0,25}\b(go|get|move|proceed|advance|through|on|invited)\b"
        + @"|\bcombien de (candidats|personnes|participants|laureats)\b.{0,40}\b(passent|passeront|continuent|vont|iront|invites|retenus|selectionnes|etape suivante)\b"
        + @"|\b(tout le monde|tous les candidats|chaque candidat)\b.{0,25}\b(passe|continue|va|est invite|sont invites|passent|continuent)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Question();
}
