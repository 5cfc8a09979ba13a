using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Cli.Evaluation;

/// <summary>
/// YAML 1.1 implicit typing as PyYAML's <c>SafeLoader</c> applies it to plain scalars (the resolver patterns of
/// <c>yaml/resolver.py</c>): null, bool, int, float and timestamp; quoted and block scalars stay strings.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>The value evalcheck.py would see for this scalar.</summary>
    public static EvalScalar Resolve(YamlScalarNode node)
    {
        var text = node.Value ?? "";
        var tag = node.Tag.IsEmpty ? "" : node.Tag.Value;
        if (tag.Length > 0 && tag != "?")
        {
            return tag switch
            {
                "tag:yaml.org,2002:null" => EvalScalar.Null,
                "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" => Plain(text),
                _ => EvalScalar.String(text),
            };
        }

        return node.Style is ScalarStyle.Plain or ScalarStyle.Any ? Plain(text) : EvalScalar.String(text);
    }

    private static EvalScalar Plain(string text)
    {
        if (Bool().IsMatch(text))
        {
            var value = text.ToLowerInvariant() is "yes" or "true" or "on";
            return new EvalScalar(EvalScalarKind.Bool, text, value ? 1 : 0);
        }

        if (Float().IsMatch(text))
        {
            return new EvalScalar(EvalScalarKind.Float, text, ParseFloat(text));
        }

        if (Int().IsMatch(text))
        {
            return new EvalScalar(EvalScalarKind.Int, text, ParseInt(text));
        }

        if (Null().IsMatch(text))
        {
            return EvalScalar.Null;
        }

        return Timestamp().IsMatch(text) ? new EvalScalar(EvalScalarKind.Other, text) : EvalScalar.String(text);
    }

    private static double ParseInt(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal);
        var sign = 1.0;
        if (value[0] is '-' or '+')
        {
            sign = value[0] == '-' ? -1 : 1;
            value = value[1..];
        }

        if (value == "0")
        {
            return 0;
        }

        if (value.StartsWith("0b", StringComparison.Ordinal))
        {
            return sign * value[2..].Aggregate(0.0, (n, c) => (n * 2) + (c - '0'));
        }

        if (value.StartsWith("0x", StringComparison.Ordinal))
        {
            return sign * value[2..].Aggregate(0.0, (n, c) => (n * 16) + Convert.ToInt32(c.ToString(), 16));
        }

        if (value[0] == '0')
        {
            return sign * value.Aggregate(0.0, (n, c) => (n * 8) + (c - '0'));
        }

        return sign * Sexagesimal(value);
    }

    private static double ParseFloat(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var sign = 1.0;
        if (value[0] is '-' or '+')
        {
            sign = value[0] == '-' ? -1 : 1;
            value = value[1..];
        }

        return value switch
        {
            ".inf" => sign * double.PositiveInfinity,
            ".nan" => double.NaN,
            _ => sign * Sexagesimal(value),
        };
    }

    /// <summary>"1:30" is 90 in YAML 1.1; a plain number otherwise.</summary>
    private static double Sexagesimal(string value) =>
        value.Split(':').Aggregate(0.0, (n, part) => (n * 60) + double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture));

    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex Int();

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex Null();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")]
    private static partial Regex Timestamp();
}
