using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>assistant chat</c>: an interactive conversation in the terminal through the conversation engine (state in the
/// configured store, SQLite by default), with the citations and numbered suggestions shown; a number sends that suggestion.
/// </summary>
public sealed class ChatCommand : ICliCommand
{
    public string Name => "chat";
    public string Summary => "talk to the assistant in the terminal";
    public string Usage => """
        assistant chat [--now ISO-8601] [--lang nl|en|fr] [--vacancy ID] [--channel web|teams|cli] [--knowledge DIR]
          type a question; a number picks a suggestion; "exit" or an empty line at the end of input stops
          --now T       a fixed clock (e.g. 2025-12-01T10:00:00+01:00); default: the real clock
          --lang L      the language of the welcome message (answers follow the language you write in)
          --vacancy ID  the vacancy of the page the chat sits on
        """;
    public IReadOnlyCollection<string> Options { get; } = ["now", "lang", "vacancy", "channel"];

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken = default)
    {
        DateTimeOffset? fixedNow = null;
        if (args.Get("now") is { } nowText)
        {
            fixedNow = DateTimeOffset.TryParse(nowText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var n) && (nowText.EndsWith('Z') || nowText.Contains('+', StringComparison.Ordinal) || nowText.LastIndexOf('-') > 9)
                ? n
                : throw new CliUsageException($"--now expects an ISO-8601 date and time with an offset (e.g. 2025-12-01T10:00:00+01:00), got '{nowText}'");
        }

        var lang = args.Get("lang") ?? "nl";
        if (!Texts.Languages.Contains(lang))
        {
            throw new CliUsageException($"--lang must be nl, en or fr, got '{lang}'");
        }

        var channel = args.Get("channel") ?? Channels.Cli;
        using var snapshot = context.LoadKnowledge(args);
        var page = args.Get("vacancy");
        if (page is not null && snapshot.Find(page) is null)
        {
            throw new CliUsageException($"unknown vacancy id '{page}'");
        }

        using var services = context.Assistant(snapshot);
        var engine = services.GetRequiredService<ConversationEngine>();
        var id = "cli-" + Guid.NewGuid().ToString("N");
        var welcome = await engine.WelcomeAsync(id, lang, cancellationToken).ConfigureAwait(false);
        Print(context.Out, welcome);
        var last = welcome;
        while (!cancellationToken.IsCancellationRequested)
        {
            context.Out.Write("> ");
            var line = Console.In.ReadLine();
            if (line is null || line.Trim() is "exit" or "quit" or "stop")
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (int.TryParse(line.Trim(), out var pick) && pick >= 1 && pick <= last.SuggestedActions.Count)
            {
                line = last.SuggestedActions[pick - 1].Value;
                context.Out.WriteLine($"  ({line})");
            }

            last = await engine.HandleAsync(id, new TurnInput(line, fixedNow ?? context.Time.GetUtcNow(), channel, page), cancellationToken).ConfigureAwait(false);
            Print(context.Out, last);
        }

        return 0;
    }

    private static void Print(TextWriter o, Answer a)
    {
        o.WriteLine();
        o.WriteLine(a.Text);
        foreach (var (c, i) in a.Citations.Take(3).Select((c, i) => (c, i)))
        {
            o.WriteLine($"  [{i + 1}] {c.Section}: “{(c.Quote.Length > 140 ? c.Quote[..140] + "…" : c.Quote)}”");
        }

        foreach (var (s, i) in a.SuggestedActions.Select((s, i) => (s, i)))
        {
            o.WriteLine($"  {i + 1}) {s.Title}");
        }

        o.WriteLine();
    }
}
