using System.Globalization;
using System.Text.Json;

namespace Assistant.Cli.Evaluation;

/// <summary>
/// An expected value of an eval case as the reference judge (evalcheck.py) sees it after <c>yaml.safe_load</c>:
/// <c>verdict: ~</c> is None, <c>intent: no</c> is False, <c>"no"</c> is the string. <see cref="Number"/> holds the
/// numeric value of booleans and numbers.
/// </summary>
public sealed record EvalScalar(EvalScalarKind Kind, string Text, double Number = 0)
{
    public static EvalScalar String(string text) => new(EvalScalarKind.String, text);

    public static EvalScalar Null { get; } = new(EvalScalarKind.Null, "");

    /// <summary>Python's <c>==</c> between a value decoded from the response JSON (absent = None) and this one.</summary>
    public bool EqualsJson(JsonElement? value)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return Kind == EvalScalarKind.Null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => Kind == EvalScalarKind.String && string.Equals(Text, v.GetString(), StringComparison.Ordinal),
            JsonValueKind.True => IsNumeric && Number == 1,
            JsonValueKind.False => IsNumeric && Number == 0,
            JsonValueKind.Number => IsNumeric && v.TryGetDouble(out var d) && d == Number,
            _ => false,
        };
    }

    /// <summary>Python's <c>repr</c> of the value, for problem messages.</summary>
    public string Repr() => Kind switch
    {
        EvalScalarKind.Null => "None",
        EvalScalarKind.Bool => Number == 1 ? "True" : "False",
        EvalScalarKind.Int => Number.ToString("R", CultureInfo.InvariantCulture),
        EvalScalarKind.Float => PythonText.FloatRepr(Number),
        EvalScalarKind.String => PythonText.Repr(Text),
        _ => Text,
    };

    private bool IsNumeric => Kind is EvalScalarKind.Bool or EvalScalarKind.Int or EvalScalarKind.Float;
}
