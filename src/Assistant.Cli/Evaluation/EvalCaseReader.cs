using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Cli.Evaluation;

/// <summary>
/// Reads an eval file (format: shared/eval/README.md) into cases. Everything the reference judge would trip over,
/// and everything a run needs (id, turns with a user text, a valid clock and channel), is checked up front and
/// reported as <see cref="EvalFormatException"/> with file and line. Unknown keys only produce warnings.
/// </summary>
public static class EvalCaseReader
{
    /// <summary>The channels a case may name.</summary>
    public static IReadOnlyList<string> Channels { get; } = Core.Answers.Channels.All;

    private static readonly HashSet<string> CaseKeys = new(StringComparer.Ordinal) { "id", "now", "channel", "role", "turns", "unseen" };

    /// <summary>The roles a case may give for general documents (default: the channel's, see <c>ProcedureRoles.Of</c>).</summary>
    public static IReadOnlyList<string> Roles { get; } = ["public", "staff", "hr"];
    private static readonly HashSet<string> TurnKeys = new(StringComparer.Ordinal) { "user", "expect" };

    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<EvalCase> ReadFile(string path, ICollection<string> warnings)
    {
        if (!File.Exists(path))
        {
            throw new EvalFormatException($"{path}: file not found");
        }

        return Parse(File.ReadAllText(path), path, warnings);
    }

    /// <summary>Parses YAML text; <paramref name="file"/> names it in messages.</summary>
    public static IReadOnlyList<EvalCase> Parse(string yaml, string file, ICollection<string> warnings)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new EvalFormatException($"{file}:{ex.Start.Line}: YAML syntax error: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new EvalFormatException($"{file}: YAML error: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new EvalFormatException($"{file}:1: no cases (expected a YAML list of cases)");
        }

        if (stream.Documents.Count > 1)
        {
            throw new EvalFormatException($"{file}:{stream.Documents[1].RootNode.Start.Line}: expected a single YAML document");
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            throw Error(file, stream.Documents[0].RootNode, "expected a list of cases (\"- id: …\")");
        }

        var cases = new List<EvalCase>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var node in root.Children)
        {
            var evalCase = ReadCase(node, file, warnings);
            if (!seen.TryAdd(evalCase.Id, node.Start.Line))
            {
                throw Error(file, node, $"duplicate case id '{evalCase.Id}' (first at line {seen[evalCase.Id]})");
            }

            cases.Add(evalCase);
        }

        return cases;
    }

    private static EvalCase ReadCase(YamlNode node, string file, ICollection<string> warnings)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(file, node, "each case must be a mapping with id and turns");
        }

        var values = Children(mapping, file, CaseKeys, "case", warnings);
        if (!values.TryGetValue("id", out var idNode) || idNode is not YamlScalarNode { Value: { Length: > 0 } id } idScalar)
        {
            throw Error(file, node, "case without an id");
        }

        var now = EvalClock.DefaultNow;
        if (values.TryGetValue("now", out var nowNode) && nowNode is YamlScalarNode { Value: { Length: > 0 } nowText } && nowText != "~"
            && !EvalClock.TryParse(nowText, offsetRequired: false, out now))
        {
            throw Error(file, nowNode, $"now '{nowText}' is not an ISO-8601 date and time (e.g. 2025-12-01T10:00:00+01:00)");
        }

        var channel = Core.Answers.Channels.Web;
        if (values.TryGetValue("channel", out var channelNode) && channelNode is YamlScalarNode { Value: { Length: > 0 } channelText })
        {
            channel = Channels.Contains(channelText, StringComparer.Ordinal)
                ? channelText
                : throw Error(file, channelNode, $"unknown channel '{channelText}' (web, teams or cli)");
        }

        string? role = null;
        if (values.TryGetValue("role", out var roleNode) && roleNode is YamlScalarNode { Value: { Length: > 0 } roleText })
        {
            role = Roles.Contains(roleText, StringComparer.Ordinal)
                ? roleText
                : throw Error(file, roleNode, $"unknown role '{roleText}' (public, staff or hr)");
        }

        if (!values.TryGetValue("turns", out var turnsNode) || turnsNode is not YamlSequenceNode turns)
        {
            throw Error(file, node, $"case '{id}' needs a list of turns");
        }

        var list = turns.Children.Select(t => ReadTurn(t, file, warnings)).ToList();
        var idIsString = YamlScalars.Resolve(idScalar).Kind == EvalScalarKind.String;
        return new EvalCase(id, idIsString, now, channel, list, (int)node.Start.Line) { Role = role };
    }

    private static EvalTurn ReadTurn(YamlNode node, string file, ICollection<string> warnings)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(file, node, "each turn must be a mapping with user and expect");
        }

        var values = Children(mapping, file, TurnKeys, "turn", warnings);
        if (!values.TryGetValue("user", out var userNode) || userNode is not YamlScalarNode { Value: { Length: > 0 } user })
        {
            throw Error(file, node, "turn without a user text");
        }

        var expect = EvalExpectationReader.Read(values.GetValueOrDefault("expect"), file, warnings);
        return new EvalTurn(user, expect, (int)node.Start.Line);
    }

    private static Dictionary<string, YamlNode> Children(YamlMappingNode mapping, string file, HashSet<string> known, string what, ICollection<string> warnings)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            values[key] = value;
            if (!known.Contains(key))
            {
                warnings.Add($"{file}:{keyNode.Start.Line}: unknown {what} key '{key}' is ignored");
            }
        }

        return values;
    }

    private static EvalFormatException Error(string file, YamlNode node, string message) => new($"{file}:{node.Start.Line}: {message}");
}
