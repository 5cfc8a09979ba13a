using System.Globalization;

namespace Assistant.Cli.Evaluation;

/// <summary>The eval command's output: a table of failed turns (case, turn, problems, the start of the answer) and the closing count line.</summary>
public static class EvalReport
{
    /// <summary>How much of an answer a failure row shows.</summary>
    public const int TextPreview = 160;

    /// <summary>Prints the failures, if any, then <c>N passed, M failed</c>.</summary>
    public static void Print(TextWriter output, IReadOnlyList<EvalTurnResult> results)
    {
        var failures = results.Where(r => !r.Passed).ToList();
        if (failures.Count > 0)
        {
            var width = Math.Clamp(failures.Max(f => f.CaseId.Length), 4, 48);
            var indent = new string(' ', width + 8);
            output.WriteLine($"{"case".PadRight(width)}  turn  problems");
            output.WriteLine($"{new string('-', width)}  ----  {new string('-', 40)}");
            foreach (var failure in failures)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failure.CaseId.PadRight(width)}  {failure.Turn,4}  {string.Join("; ", failure.Problems)}"));
                output.WriteLine($"{indent}answer: {Preview(failure.Text)}");
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(results));
    }

    /// <summary>The closing line, <c>N passed, M failed</c>.</summary>
    public static string Summary(IReadOnlyList<EvalTurnResult> results) =>
        string.Create(CultureInfo.InvariantCulture, $"{results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed");

    /// <summary>The first <see cref="TextPreview"/> characters of an answer on one line.</summary>
    public static string Preview(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= TextPreview)
        {
            return flat.Length == 0 ? "(no text)" : flat;
        }

        var cut = char.IsHighSurrogate(flat[TextPreview - 1]) ? TextPreview - 1 : TextPreview;
        return flat[..cut] + "…";
    }
}
