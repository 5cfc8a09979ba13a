using Assistant.Cli.Evaluation;
using Assistant.Core.Answers;

namespace Assistant.Cli.Commands;

/// <summary><c>assistant ask "…"</c>: one question to the assistant in a fresh conversation; the answer as text or as the JSON contract.</summary>
public sealed class AskCommand : ICliCommand
{
    public string Name => "ask";
    public string Summary => "ask the assistant one question";
    public string Usage => """
        assistant ask "QUESTION" [--json] [--now ISO-8601] [--channel web|teams|cli] [--role public|staff|hr] [--not-hr] [--vacancy ID] [--knowledge DIR]
          --json          print the answer contract {text, language, intent, vacancyIds, source, verdict, citations, suggestedActions, facts}
          --now T         the clock, with an offset or Z (e.g. 2025-12-01T10:00:00+01:00); default: now
          --channel C     web, teams or cli (default cli)
          --role R        who asks, for general documents (default: teams = an HR member, cli = staff, web = public)
          --not-hr        on teams: ask as a Teams user outside HR (same as --role public)
          --vacancy ID    the vacancy of the page the chat sits on
        """;
    public IReadOnlyCollection<string> Options { get; } = ["json", "now", "channel", "role", "not-hr", "vacancy"];

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        var question = string.Join(' ', args.Positionals).Trim();
        if (question.Length == 0)
        {
            throw new CliUsageException("ask needs a question: assistant ask \"QUESTION\" (see assistant ask --help)");
        }

        var now = context.Time.GetUtcNow();
        if (args.Has("now") && !EvalClock.TryParse(args.Get("now") ?? "", offsetRequired: true, out now))
        {
            throw new CliUsageException($"--now expects an ISO-8601 date and time with an offset or Z (e.g. 2025-12-01T10:00:00+01:00), got '{args.Get("now")}'");
        }

        var channel = args.Get("channel") ?? Channels.Cli;
        if (args.Has("channel") && !EvalCaseReader.Channels.Contains(channel, StringComparer.Ordinal))
        {
            throw new CliUsageException($"unknown channel '{channel}' (web, teams or cli)");
        }

        var role = args.Has("not-hr") ? "public" : args.Get("role");
        if (role is not null && !EvalCaseReader.Roles.Contains(role, StringComparer.Ordinal))
        {
            throw new CliUsageException($"unknown role '{role}' (public, staff or hr)");
        }

        if (args.Has("vacancy") && string.IsNullOrWhiteSpace(args.Get("vacancy")))
        {
            throw new CliUsageException("--vacancy expects a vacancy id");
        }

        using var snapshot = context.LoadKnowledge(args);
        string? vacancy = null;
        if (args.Get("vacancy") is { } given)
        {
            vacancy = snapshot.Find(given)?.Id
                ?? throw new CliUsageException($"unknown vacancy id '{given}' (known: {string.Join(", ", snapshot.Vacancies.Select(v => v.Id).Order(StringComparer.Ordinal))})");
        }

        var session = AssistantSessions.Create(context, snapshot).Create();
        Answer answer;
        try
        {
            answer = await session.SendAsync(new TurnInput(question, now, channel, vacancy, Role: role), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.Error.WriteLine($"error: the assistant failed: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }

        if (args.Has("json"))
        {
            context.Out.WriteLine(AnswerJson.Serialize(answer, indented: true, out var problem));
            if (problem is not null)
            {
                context.Error.WriteLine($"warning: {problem}");
            }
        }
        else
        {
            Print(context.Out, answer, UseColour(context.Out));
        }

        return 0;
    }

    private static void Print(TextWriter output, Answer answer, bool colour)
    {
        output.WriteLine(answer.Text);
        if (answer.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sources:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var c = answer.Citations[i];
                var section = c.Section.Length == 0 ? c.Document : c.Section;
                output.WriteLine($"  [{i + 1}] {c.VacancyId} › {section}: \"{Flatten(c.Quote)}\"");
            }
        }

        if (answer.SuggestedActions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Suggestions:");
            foreach (var action in answer.SuggestedActions)
            {
                var value = action.Value == action.Title ? "" : $"  → {action.Value}";
                output.WriteLine($"  • {action.Title}{value}");
            }
        }

        output.WriteLine();
        var vacancies = answer.VacancyIds.Count == 0 ? "-" : string.Join(", ", answer.VacancyIds);
        var footer = $"intent {answer.Intent} · source {answer.Source} · verdict {answer.Verdict ?? "-"} · language {answer.Language} · vacancies {vacancies}";
        output.WriteLine(colour ? $"\u001b[2m{footer}\u001b[0m" : footer);
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Dim text only on a real terminal, and not when NO_COLOR is set.</summary>
    private static bool UseColour(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
