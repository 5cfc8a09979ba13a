using System.Globalization;
using Assistant.AI.Metrics;

namespace Assistant.Cli.Evaluation;

/// <summary>The model lines of <c>eval</c>, <c>corpus</c> and <c>bench ask</c> run with <c>--model</c>: the metrics and the share of turns that called the model.</summary>
public static class ModelReport
{
    /// <summary>Prints the metrics and "N of T turns called the model (P %)" (at most one call per turn, so calls are turns).</summary>
    public static void Print(TextWriter output, ModelMetrics metrics, int turns, long callsBefore = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(metrics);
        var calls = metrics.Calls - callsBefore;
        output.WriteLine(metrics.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model turns: {calls} of {turns} turns called the model ({(turns == 0 ? 0 : 100.0 * calls / turns):0.0} %)"));
    }
}
