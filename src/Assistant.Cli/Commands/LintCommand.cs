using System.Text.Json;
using Assistant.Core.Json;
using Assistant.Knowledge.Lint;
using Assistant.Procedures.Library;
using Assistant.Procedures.Lint;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant lint [--json] [ID…]</c>: what is missing, inferred or inconsistent per vacancy.</summary>
public sealed class LintCommand : ICliCommand
{
    public string Name => "lint";
    public string Summary => "report missing, inferred and inconsistent facts per vacancy";
    public string Usage => "assistant lint [--json] [--knowledge DIR] [ID…]\n  also checks knowledge/general (contradicting terms between documents, unreadable metadata) when no ID is given\n  exit code 1 when a document failed to load or a fact is inconsistent";
    public IReadOnlyCollection<string> Options { get; } = ["json"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        using var snapshot = context.LoadKnowledge(args, args.Positionals, quiet: true);
        var unknown = args.Positionals.Where(id => snapshot.Find(id) is null).ToList();
        foreach (var id in unknown)
        {
            context.Error.WriteLine($"error: unknown vacancy id '{id}'");
        }

        var ids = snapshot.Vacancies.Select(v => v.Id).Concat(snapshot.Errors.Select(e => e.VacancyId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var report = ids.Select(id => new
        {
            Id = id,
            Findings = VacancyLinter.Check(snapshot.Find(id)?.Facts ?? new Core.Facts.VacancyFacts { Id = id }, snapshot.Errors.Where(e => e.VacancyId == id)),
        }).ToList();

        // General documents (issue 10): contradicting terms between documents, unreadable metadata.
        var library = args.Positionals.Count == 0 ? GeneralLoader.Load(context.KnowledgePath(args)) : ProcedureLibrary.Empty;
        var general = library.Documents.Count > 0 || library.Errors.Count > 0 ? ProcedureLint.Check(library) : null;
        if (general is not null)
        {
            report.Add(new
            {
                Id = "general",
                Findings = (IReadOnlyList<LintFinding>)general.Select(g => new LintFinding(g.Severity, g.Field, g.Message,
                    g.Quotes.Count > 0 ? new Core.Facts.Citation("general", g.Field, "", g.Quotes[0], 0, 0) : null)).ToList(),
            });
        }

        if (args.Has("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(report, FactsJson.Options));
        }
        else
        {
            foreach (var vacancy in report)
            {
                context.Out.WriteLine($"{vacancy.Id}: {(vacancy.Findings.Count == 0 ? "ok" : $"{vacancy.Findings.Count} finding(s)")}");
                foreach (var f in vacancy.Findings)
                {
                    context.Out.WriteLine($"  {f.Severity,-12} {f.Field,-20} {f.Message}");
                    if (f.Citation is { } c && c.Document != "facts.yaml")
                    {
                        context.Out.WriteLine($"  {"",-12} {"",-20} “{Shorten(c.Quote)}” ({c.Document}, {(c.Section.Length > 0 ? c.Section : "start")})");
                    }
                }
            }
        }

        var failed = report.Any(v => v.Findings.Any(f => f.Severity is "error" or "inconsistent"));
        return Task.FromResult(unknown.Count > 0 ? 2 : failed ? 1 : 0);
    }

    private static string Shorten(string quote) => quote.Length > 110 ? quote[..110] + "…" : quote;
}
