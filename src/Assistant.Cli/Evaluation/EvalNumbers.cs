using System.Text.RegularExpressions;

namespace Assistant.Cli.Evaluation;

/// <summary>Number syntax shared with Python: what <c>float(s)</c> accepts (ASCII digits, optional "_" between digits).</summary>
internal static partial class EvalNumbers
{
    /// <summary>True when Python's <c>float()</c> reads <paramref name="text"/> as a finite decimal number.</summary>
    public static bool IsPythonFloat(string text) => PythonFloat().IsMatch(text);

    [GeneratedRegex(@"^[+-]?(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PythonFloat();
}
