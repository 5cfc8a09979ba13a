using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>
/// Patterns over the rule text that add <see cref="Weight"/> to an intent when any of them matches. The patterns use
/// the non-backtracking engine (one linear pass per pattern), whose automaton has a size limit: keep patterns with
/// gaps (".{0,40}") in a pattern of their own rather than growing one pattern without end.
/// </summary>
internal sealed class IntentCue(string intent, double weight, params Regex[] patterns)
{
    public string Intent { get; } = intent;

    public double Weight { get; } = weight;

    public bool IsMatch(string text)
    {
        foreach (var p in patterns)
        {
            if (p.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
