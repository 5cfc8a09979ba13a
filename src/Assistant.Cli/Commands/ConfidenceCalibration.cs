using System.Globalization;
using Assistant.Cli.Evaluation;
using Assistant.Knowledge.Base;
using Assistant.Understanding;
using Assistant.Dialogs.Answering;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>assistant nlu --calibrate FILE…</c>: how well the rules' intent confidence (<see cref="IntentConfidence"/>) separates
/// right from wrong readings. Reads utterance tables (TSV: text, language, intent) and eval sets (YAML: the first turn of
/// each case, which stands alone), and prints per threshold the share of questions below it and the intent accuracy
/// below and above it. The threshold is where the unsure share is small and its accuracy clearly worse.
/// </summary>
public static class ConfidenceCalibration
{
    private static readonly double[] Thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

    /// <summary>The (text, accepted intents) samples of a file: every TSV row, or the first turn of every YAML case with an intent.</summary>
    public static IReadOnlyList<(string Text, IReadOnlyList<string> Intents)> Samples(string file)
    {
        if (file.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllLines(file)
                .Select(line => line.Split('\t'))
                .Where(c => c.Length >= 3 && !c[0].StartsWith('#') && c[0].Trim().Length > 0)
                .Select(c => (c[0], (IReadOnlyList<string>)[c[2].Trim()]))
                .ToList();
        }

        return EvalCaseReader.ReadFile(file, new List<string>())
            .Where(c => c.Turns.Count > 0 && c.Turns[0].Expect.Intent is { Count: > 0 })
            .Select(c => (c.Turns[0].User, (IReadOnlyList<string>)c.Turns[0].Expect.Intent!.Select(i => i.Text).ToList()))
            .ToList();
    }

    /// <summary>Prints the table for <paramref name="samples"/> read against <paramref name="knowledge"/>.</summary>
    public static void Print(TextWriter o, string name, KnowledgeSnapshot knowledge, IReadOnlyList<(string Text, IReadOnlyList<string> Intents)> samples)
    {
        var read = samples.Select(s => AnswerRouter.Analyze(knowledge, s.Text) is var a ? (a.Confidence, Right: s.Intents.Contains(a.Intent)) : default).ToList();
        o.WriteLine($"{name}: {read.Count} questions, intent accuracy {Pct(read.Count(r => r.Right), read.Count)}");
        foreach (var threshold in Thresholds)
        {
            var below = read.Where(r => r.Confidence < threshold).ToList();
            var above = read.Where(r => r.Confidence >= threshold).ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  below {threshold:0.0}: {Pct(below.Count, read.Count)} of questions ({below.Count}), accuracy {Pct(below.Count(r => r.Right), below.Count)}; above: accuracy {Pct(above.Count(r => r.Right), above.Count)}{(threshold == IntentConfidence.Threshold ? "  <- threshold" : "")}"));
        }
    }

    private static string Pct(int part, int total) => total == 0 ? "n/a" : ((double)part / total).ToString("P1", CultureInfo.InvariantCulture);
}
