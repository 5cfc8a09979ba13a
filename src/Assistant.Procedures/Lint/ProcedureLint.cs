using System.Globalization;
using Assistant.Procedures.Facts;
using Assistant.Procedures.Library;

namespace Assistant.Procedures.Lint;

/// <summary>
/// Checks the general documents: load and metadata errors, and contradictions between terms read by rules (two
/// different publication terms for one level, two probation lengths, two reserve validities, …), within a document or
/// between documents. A term for every level is compared with each level's own term.
/// </summary>
public static class ProcedureLint
{
    private static readonly string[] Compared = ["publication", "probation", "reserve", "invitation", "notification", "inspection"];

    public static IReadOnlyList<ProcedureFinding> Check(ProcedureLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var findings = library.Errors.Select(e => new ProcedureFinding("error", e.File, e.Message, [])).ToList();
        foreach (var kind in Compared)
        {
            var terms = library.Facts.Terms.Select(t => t.Term).Where(t => t.Kind == kind).ToList();
            var levels = terms.Select(t => t.Level).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var level in levels.Count > 0 ? levels.Cast<string?>() : [null])
            {
                var applying = terms.Where(t => t.Level is null || t.Level == level).ToList();
                var distinct = applying.GroupBy(t => (t.Duration.Amount, t.Duration.Unit)).ToList();
                if (distinct.Count < 2)
                {
                    continue;
                }

                var values = string.Join(" vs ", distinct.Select(g => string.Create(CultureInfo.InvariantCulture,
                    $"{g.Key.Amount} {g.Key.Unit} ({string.Join(", ", g.Select(t => $"{t.Source.Document} {t.Source.Label}").Distinct())})")));
                findings.Add(new ProcedureFinding("inconsistent", level is null ? kind : $"{kind}/{level}",
                    $"different {kind} terms{(level is null ? "" : " for level " + level)}: {values}",
                    applying.Select(t => t.Source.Text).Distinct().ToList()));
            }
        }

        return findings;
    }
}
