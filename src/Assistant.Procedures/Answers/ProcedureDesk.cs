using Assistant.Procedures.Facts;
using Assistant.Procedures.Library;
using Assistant.Procedures.Questions;
using Assistant.Procedures.Search;
using Assistant.Procedures.Structure;
using Assistant.Procedures.Tools;

namespace Assistant.Procedures.Answers;

/// <summary>
/// Answers a procedure question from the general documents a role may read: an article by its number, a date by the
/// tools (with the document's own term and counting rule), a term read by rules, a list of steps, or the best matching
/// paragraph; "not-available" when only documents the reader may not see would answer (nothing of them is returned),
/// "none" when nothing does. Pure: the same library, question, role and day give the same result.
/// </summary>
public static class ProcedureDesk
{
    /// <summary>Minimum share of the question's weight a unit must cover to be quoted.</summary>
    public const double MinCoverage = 0.45;

    public static ProcedureResult Answer(ProcedureLibrary library, string text, string language, string role, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(library);
        var vocabulary = library.SearchFor(ProcedureRoles.Hr);
        var q = ProcedureQuestionReader.Read(text, today, w => vocabulary.Knows(w));
        var result = q.Kind switch
        {
            "individual" => new ProcedureResult { Kind = "individual" },
            "article" => Article(library, q, role),
            "closing-date" or "probation-end" or "reserve-end" or "reserve-extension" => Compute(library, q, role) ?? Open(library, q, language, role),
            _ => Open(library, q, language, role),
        };
        return result with { Question = q };
    }

    private static ProcedureResult Article(ProcedureLibrary library, ProcedureQuestion q, string role)
    {
        var all = library.Article(q.Article!);
        var visible = all.Where(g => ProcedureRoles.CanSee(role, g[0].Audience)).ToList();
        if (visible.Count == 0)
        {
            return new ProcedureResult { Kind = all.Count > 0 ? "not-available" : "none", Article = q.Article };
        }

        // Several documents with that article: the one whose title words the question uses, else the first.
        var words = TermText.Stems(q.SearchText).ToHashSet(StringComparer.Ordinal);
        var chosen = visible.OrderByDescending(g => TermText.Stems(g[0].DocumentTitle).Count(words.Contains)).First();
        return new ProcedureResult { Kind = "article", Article = q.Article, Units = chosen };
    }

    private static ProcedureResult? Compute(ProcedureLibrary library, ProcedureQuestion q, string role)
    {
        var termKind = q.Kind switch { "closing-date" => "publication", "probation-end" => "probation", _ => "reserve" };
        var all = library.Facts.Terms.Where(t => t.Term.Kind == termKind).ToList();
        var visible = all.Where(t => ProcedureRoles.CanSee(role, t.Term.Source.Audience)).ToList();
        if (visible.Count == 0)
        {
            return all.Count > 0 ? new ProcedureResult { Kind = "not-available" } : null;
        }

        var forLevel = visible.Where(t => t.Term.Level is null || t.Term.Level == q.Level).ToList();
        if (forLevel.Count == 0 || (q.Level is null && forLevel.Any(t => t.Term.Level is not null) && forLevel.Select(t => t.Term.Duration).Distinct().Count() > 1))
        {
            return new ProcedureResult { Kind = "need-level", Terms = visible.Select(t => t.Term).ToList(), Units = visible.Select(t => t.Term.Source).Distinct().ToList() };
        }

        var (term, rule) = forLevel.FirstOrDefault(t => t.Term.Level == q.Level) is { Term: not null } exact ? exact : forLevel[0];
        var from = q.Date!.Value;
        if (q.Kind == "closing-date")
        {
            var closing = library.Facts.ClosingDays.Where(c => ProcedureRoles.CanSee(role, c.Source.Audience)).ToList();
            var date = ProcedureDates.EarliestClosing(from, term.Duration, rule, closing.Select(c => c.Date).ToHashSet());
            return Computed(q.Kind, term, rule, from, date) with { ClosingDays = closing.Where(c => date.Skipped.Contains(c.Date)).ToList() };
        }

        if (q.Kind == "reserve-extension")
        {
            var extension = library.Facts.Extensions.Where(e => ProcedureRoles.CanSee(role, e.Source.Audience) && e.Source.Document == term.Source.Document)
                .OrderByDescending(e => (e.MaxTotal is not null ? 2 : 0) + (e.Amount is not null ? 1 : 0)).FirstOrDefault();
            if (extension is null)
            {
                return null;
            }

            var latest = ProcedureDates.LatestExtension(from, term.Duration, extension, rule);
            return latest is null
                ? new ProcedureResult { Kind = "extension", Extension = extension, Units = [extension.Source], Terms = [term] }
                : Computed(q.Kind, term, rule, from, latest) with { Extension = extension };
        }

        return Computed(q.Kind, term, rule, from, ProcedureDates.PeriodEnd(from, term.Duration, rule));
    }

    private static ProcedureResult Computed(string computation, TermFact term, PeriodRule rule, DateOnly from, DateResult date) => new()
    {
        Kind = "computed",
        Computation = computation,
        Terms = [term],
        Rule = rule,
        From = from,
        Date = date,
        Units = new[] { term.Source }.Concat(rule.Sources).Distinct().ToList(),
    };

    private static ProcedureResult Open(ProcedureLibrary library, ProcedureQuestion q, string language, string role)
    {
        var hits = library.SearchFor(role).Search(q.SearchText, language, preferLists: q.Shape == "steps" ? true : q.Shape is null ? null : false);
        var best = hits.Count > 0 && hits[0].Coverage >= MinCoverage ? hits[0] : hits.FirstOrDefault(h => h.Coverage >= MinCoverage);
        var termKind = q.Terms.Count > 0 ? q.Terms[0] : null;
        if (termKind is not null && q.Shape != "steps")
        {
            if (termKind == "reserve-extension"
                && library.Facts.Extensions.Where(e => ProcedureRoles.CanSee(role, e.Source.Audience)).OrderByDescending(e => Rank(hits, e.Source)).ThenByDescending(e => e.Amount is not null || e.MaxTotal is not null).FirstOrDefault() is { } extension)
            {
                return new ProcedureResult { Kind = "extension", Extension = extension, Units = [extension.Source] };
            }

            var terms = library.Facts.Terms.Select(t => t.Term)
                .Where(t => t.Kind == termKind && ProcedureRoles.CanSee(role, t.Source.Audience) && (q.Level is null || t.Level is null || t.Level == q.Level))
                .ToList();
            if (terms.Count > 0)
            {
                var top = terms.Max(t => Rank(hits, t.Source));
                var chosen = terms.Where(t => Rank(hits, t.Source) == top).ToList();
                var source = chosen[0].Source;
                chosen = chosen.Where(t => t.Source == source).ToList();
                return new ProcedureResult { Kind = "term", Terms = chosen, Units = [source] };
            }
        }

        if (best is null)
        {
            return NotVisible(library, q, language, role) ?? new ProcedureResult { Kind = "none" };
        }

        var unit = best.Unit;
        // A line that introduces a list ("De nieuwe collega brengt … mee:") is answered by the list.
        if (unit.Kind == UnitKind.Text && library.Units.FirstOrDefault(u => u.Document == unit.Document && u.ListId >= 0 && u.ListIntro == unit.Text) is { } introduced)
        {
            unit = introduced;
        }

        // Rows of one table that match equally (the question names the table, not a row): the whole table.
        if (unit.Kind == UnitKind.TableRow && hits.Count(h => h.Unit.Kind == UnitKind.TableRow && h.Unit.Document == unit.Document && h.Unit.Section == unit.Section && h.Score >= best.Score * 0.98) >= 3)
        {
            var rows = library.Units.Where(u => u.Kind == UnitKind.TableRow && u.Document == unit.Document && u.Section == unit.Section && u.TableHeader == unit.TableHeader).OrderBy(u => u.Index).ToList();
            return new ProcedureResult { Kind = "steps", Units = rows };
        }

        if (unit.ListId >= 0 && (unit.Kind is UnitKind.Step or UnitKind.Item) || q.Shape == "steps" && ListNear(library, hits, role) is { } listed)
        {
            var list = unit.ListId >= 0 ? unit : ListNear(library, hits, role)!;
            var items = library.Units.Where(u => u.Document == list.Document && u.ListId == list.ListId).OrderBy(u => u.Index).ToList();
            return new ProcedureResult { Kind = "steps", Units = items };
        }

        var quoted = new List<ProcedureUnit> { unit };
        // A second paragraph of the same article that answers nearly as well is quoted with it.
        if (hits.Skip(1).FirstOrDefault(h => h.Unit.Article is not null && h.Unit.Article == unit.Article && h.Unit.Document == unit.Document && h.Score >= best.Score * 0.8) is { } next)
        {
            quoted.Add(next.Unit);
            quoted.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return new ProcedureResult { Kind = "passage", Units = quoted };
    }

    /// <summary>"not-available" when a document the reader may not see answers the question well (nothing of it is returned).</summary>
    private static ProcedureResult? NotVisible(ProcedureLibrary library, ProcedureQuestion q, string language, string role)
    {
        if (role == ProcedureRoles.Hr)
        {
            return null;
        }

        var hidden = library.SearchFor(ProcedureRoles.Hr).Search(q.SearchText, language, 3);
        return hidden.FirstOrDefault(h => h.Coverage >= MinCoverage && !ProcedureRoles.CanSee(role, h.Unit.Audience)) is not null
            ? new ProcedureResult { Kind = "not-available" }
            : null;
    }

    private static ProcedureUnit? ListNear(ProcedureLibrary library, IReadOnlyList<SearchHit> hits, string role) =>
        hits.Where(h => h.Coverage >= MinCoverage * 0.8).Select(h => h.Unit).FirstOrDefault(u => u.ListId >= 0 && ProcedureRoles.CanSee(role, u.Audience));

    private static double Rank(IReadOnlyList<SearchHit> hits, ProcedureUnit unit) =>
        hits.FirstOrDefault(h => h.Unit == unit)?.Score ?? 0;
}
