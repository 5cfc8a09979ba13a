using System.Globalization;
using Assistant.Procedures.Library;
using Assistant.Procedures.Search;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant general</c>: the general documents (knowledge/general) as the procedure desk sees them: units, facts, and search hits.</summary>
public sealed class GeneralCommand : ICliCommand
{
    public string Name => "general";
    public string Summary => "print the general documents' units and procedure facts, or the units a question finds";
    public string Usage => """
        assistant general [--facts] [--search "QUESTION" [--role public|staff|hr] [--lang nl|en|fr]] [--knowledge DIR]
          without options   every document with its metadata and units (kind, place, text)
          --facts           the terms, counting rules, reserve extensions and closing days read by rules
          --search Q        the best units for Q (score, coverage, matched features) for the role (default hr)
        """;
    public IReadOnlyCollection<string> Options { get; } = ["facts", "search", "role", "lang"];

    public Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        var library = GeneralLoader.Load(context.KnowledgePath(args));
        var o = context.Out;
        foreach (var error in library.Errors)
        {
            context.Error.WriteLine($"general/{error.File}: {error.Message}");
        }

        if (args.Get("search") is { } question)
        {
            var role = args.Get("role") ?? ProcedureRoles.Hr;
            o.WriteLine($"features: {string.Join(' ', UnitSearch.Features(question))}");
            foreach (var hit in library.SearchFor(role).Search(question, args.Get("lang") ?? "nl"))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Score,6:0.00} {hit.Coverage,5:0.00} {hit.Unit.Document} [{hit.Unit.Kind} {hit.Unit.Label}] {Short(hit.Unit.Text)}  <{string.Join(' ', hit.Matched)}>"));
            }

            return Task.FromResult(0);
        }

        if (args.Has("facts"))
        {
            foreach (var (term, rule) in library.Facts.Terms)
            {
                o.WriteLine($"{term.Kind,-13} level {term.Level ?? "*"}: {term.Duration.Bound} {term.Duration.Amount} {term.Duration.Unit}  ({term.Source.Document} {term.Source.Label}) start-same-day={rule.StartsSameDay?.ToString() ?? "?"} end={rule.End ?? "?"} shift={rule.ShiftToWorkday} closing-days={rule.ClosingDays}");
            }

            foreach (var e in library.Facts.Extensions)
            {
                o.WriteLine($"extension     times {e.Times?.ToString(CultureInfo.InvariantCulture) ?? "each"} by {e.Amount?.Amount} {e.Amount?.Unit} total {e.MaxTotal?.Amount} {e.MaxTotal?.Unit} authority '{e.Authority}' ({e.Source.Document} {e.Source.Label})");
            }

            foreach (var day in library.Facts.ClosingDays)
            {
                o.WriteLine($"closing day   {day.Date:yyyy-MM-dd} ({day.Source.Document} {day.Source.Label})");
            }

            return Task.FromResult(0);
        }

        foreach (var document in library.Documents)
        {
            var m = document.Meta;
            o.WriteLine($"##### {document.File}: {m.Title} (audience {m.Audience.ToString().ToLowerInvariant()}, owner {m.Owner ?? "-"}, version {m.Version ?? "-"}, valid from {m.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"})");
            foreach (var u in document.Units)
            {
                var list = u.ListId >= 0 ? $" list {u.ListId}" : "";
                o.WriteLine($"  [{u.Kind}{list} {u.Label}{(u.Number is null ? "" : " #" + u.Number)}] {Short(u.Text)}");
            }
        }

        return Task.FromResult(0);
    }

    private static string Short(string text) => text.Replace('\n', ' ').Length > 140 ? text.Replace('\n', ' ')[..140] + "…" : text.Replace('\n', ' ');
}
