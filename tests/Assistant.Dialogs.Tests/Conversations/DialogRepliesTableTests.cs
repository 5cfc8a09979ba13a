using Assistant.Core.Answers;
using Assistant.Tools.Eligibility;
using Xunit.Abstractions;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>
/// The blind batch of dialog replies (dialog-replies.tsv): each row is a short conversation (setup turns, then one reply)
/// run through the real engine, and the reply is checked against the row's expectations. Written before the fixes of
/// the slot dialog; its score is reported and must stay at 100%.
/// </summary>
public sealed class DialogRepliesTableTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dialog-replies.tsv", 60)]
    [InlineData("dialog-replies-2.tsv", 30)]
    public async Task Engine_BlindDialogReplies_AllExpectationsHold(string file, int minimum)
    {
        var rows = Load(file);
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var sut = new Transcript();
            Answer? previous = null;
            foreach (var turn in row.Setup)
            {
                previous = await sut.UserSays(turn);
            }

            var answer = await sut.UserSays(row.Reply);
            var failed = row.Expectations.Where(e => !Holds(e, answer, previous)).ToList();
            if (failed.Count > 0)
            {
                failures.Add($"{string.Join(" || ", row.Setup)} => {row.Reply}: failed {string.Join(", ", failed)}; got intent={answer.Intent} vacancy={string.Join('+', answer.VacancyIds)} lang={answer.Language} verdict={answer.Verdict} given={Given(answer)} text={answer.Text}");
            }
        }

        var passed = rows.Count - failures.Count;
        output.WriteLine($"dialog replies: {passed}/{rows.Count} ({(double)passed / rows.Count:P1})");
        foreach (var f in failures)
        {
            output.WriteLine(f);
        }

        Assert.True(rows.Count >= minimum, $"only {rows.Count} rows");
        Assert.True(failures.Count == 0, $"dialog replies: {passed}/{rows.Count}\n" + string.Join("\n", failures));
    }

    private static bool Holds(string expectation, Answer answer, Answer? previous)
    {
        if (expectation == "notsame")
        {
            return previous is null || answer.Text != previous.Text;
        }

        if (expectation.StartsWith("either=", StringComparison.Ordinal))
        {
            return expectation[7..].Split('|').Any(e => Holds(ReplaceFirst(e, ':', '='), answer, previous));
        }

        var negate = expectation.Contains("!=", StringComparison.Ordinal);
        var (key, value) = negate ? Split(expectation, "!=") : Split(expectation, "=");
        var result = EligibilityResultOf(answer);
        var holds = key switch
        {
            "intent" => answer.Intent == value,
            "vacancy" => answer.VacancyIds.Count == 1 && answer.VacancyIds[0].StartsWith(value, StringComparison.Ordinal),
            "lang" => answer.Language == value,
            "verdict" => answer.Verdict == value,
            "given" => result is not null && result.Routes.SelectMany(r => r.Checks)
                .Any(c => c.Requirement + ":" + c.Given == value || (c.Requirement.StartsWith("experience", StringComparison.Ordinal) && "experience:" + c.Given == value)),
            "notmissing" => result is not null && !result.Missing.Contains(value),
            "missing0" => result is not null && result.Missing.Count > 0 && result.Missing[0] == value,
            "contains" => answer.Text.Contains(value, StringComparison.OrdinalIgnoreCase),
            "notcontains" => !answer.Text.Contains(value, StringComparison.OrdinalIgnoreCase),
            _ => throw new InvalidOperationException("unknown expectation " + expectation),
        };
        return negate ? !holds : holds;
    }

    private static string ReplaceFirst(string s, char from, char to)
    {
        var i = s.IndexOf(from, StringComparison.Ordinal);
        return i < 0 ? s : s[..i] + to + s[(i + 1)..];
    }

    private static (string Key, string Value) Split(string s, string separator)
    {
        var i = s.IndexOf(separator, StringComparison.Ordinal);
        return (s[..i].Trim(), s[(i + separator.Length)..].Trim());
    }

    private static EligibilityResult? EligibilityResultOf(Answer answer) => (answer.Facts as EligibilityPayload)?.Result;

    private static string Given(Answer answer) => EligibilityResultOf(answer) is { } r
        ? string.Join(',', r.Routes.SelectMany(x => x.Checks).Where(c => c.Given is not null).Select(c => c.Requirement + ":" + c.Given).Distinct())
        : "-";

    private static List<Row> Load(string file)
    {
        var path = Path.Combine(Assistant.Dialogs.Tests.Cards.SeedAnswers.RepositoryRoot(), "tests", "Assistant.Dialogs.Tests", "Conversations", file);
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new Row(
                p[0] == "-" ? [] : p[0].Split(" || ", StringSplitOptions.TrimEntries),
                p[1],
                p[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    private sealed record Row(string[] Setup, string Reply, string[] Expectations);
}
