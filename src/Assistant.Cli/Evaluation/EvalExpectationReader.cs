using YamlDotNet.RepresentationModel;

namespace Assistant.Cli.Evaluation;

/// <summary>Reads an <c>expect</c> mapping; refuses what evalcheck.py could not judge (it would crash), with the line.</summary>
internal static class EvalExpectationReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "intent", "vacancy", "verdict", "source", "language", "mentions", "absent" };

    public static EvalExpectation Read(YamlNode? node, string file, ICollection<string> warnings)
    {
        if (node is null || IsFalsy(node))
        {
            return new EvalExpectation();
        }

        if (node is not YamlMappingNode mapping)
        {
            throw Error(file, node, "expect must be a mapping (intent, vacancy, verdict, source, language, mentions, absent)");
        }

        var expect = new EvalExpectation();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            expect = key switch
            {
                "intent" => expect with { Intent = Values(value, file, key) },
                "source" => expect with { Source = Values(value, file, key) },
                "language" => expect with { Language = Values(value, file, key) },
                "verdict" => expect with { Verdict = Values(value, file, key) },
                "vacancy" => expect with { Vacancy = Text(value, file, key) },
                "mentions" => expect with { Mentions = Mentions(value, file) },
                "absent" => expect with { Absent = TextList(value, file, key) },
                _ => expect,
            };
            if (!Keys.Contains(key))
            {
                warnings.Add($"{file}:{keyNode.Start.Line}: unknown expect key '{key}' is ignored");
            }
        }

        return expect;
    }

    private static List<EvalScalar> Values(YamlNode node, string file, string key) => node switch
    {
        YamlScalarNode scalar => [YamlScalars.Resolve(scalar)],
        YamlSequenceNode sequence => [.. sequence.Children.Select(item => item is YamlScalarNode s
            ? YamlScalars.Resolve(s)
            : throw Error(file, item, $"{key}: the list may only hold values"))],
        _ => throw Error(file, node, $"{key} must be a value or a list of values"),
    };

    private static string Text(YamlNode node, string file, string key)
    {
        if (node is YamlScalarNode scalar && YamlScalars.Resolve(scalar) is { Kind: EvalScalarKind.String } value)
        {
            return value.Text;
        }

        throw Error(file, node, $"{key} must be a text (quote numbers, dates, yes/no and null)");
    }

    private static List<string> TextList(YamlNode node, string file, string key)
    {
        if (node is YamlScalarNode scalar && YamlScalars.Resolve(scalar).Kind == EvalScalarKind.Null)
        {
            return [];
        }

        return node is YamlSequenceNode sequence
            ? [.. sequence.Children.Select(item => Text(item, file, key))]
            : throw Error(file, node, $"{key} must be a list of texts, e.g. [\"a\", \"b\"]");
    }

    private static List<IReadOnlyList<string>> Mentions(YamlNode node, string file)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (node is YamlScalarNode scalar && YamlScalars.Resolve(scalar).Kind == EvalScalarKind.Null)
        {
            return groups;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Error(file, node, "mentions must be a list of lists, e.g. [[\"capaciteitstest\"], [\"date:2025-12-14\"]]");
        }

        foreach (var group in sequence.Children)
        {
            if (group is not YamlSequenceNode alternatives)
            {
                throw Error(file, group, "each mentions group must be a list of alternatives, e.g. [\"2 jaar\", \"twee jaar\"]");
            }

            var texts = alternatives.Children.Select(a => Text(a, file, "mentions")).ToList();
            foreach (var (text, item) in texts.Zip(alternatives.Children))
            {
                if (MentionPatterns.Validate(text) is { } problem)
                {
                    throw Error(file, item, problem);
                }
            }

            groups.Add(texts);
        }

        return groups;
    }

    /// <summary>evalcheck.py reads <c>turn.get("expect") or {}</c>: None, False, 0, "" and [] mean no expectations.</summary>
    private static bool IsFalsy(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Count == 0,
        YamlScalarNode scalar => YamlScalars.Resolve(scalar) is var value
            && (value.Kind == EvalScalarKind.Null || (value.Kind is EvalScalarKind.Bool or EvalScalarKind.Int or EvalScalarKind.Float && value.Number == 0)
                || (value.Kind == EvalScalarKind.String && value.Text.Length == 0)),
        _ => false,
    };

    private static EvalFormatException Error(string file, YamlNode node, string message) =>
        new($"{file}:{node.Start.Line}: {message}");
}
