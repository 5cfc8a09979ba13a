using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Core.Facts;
using Assistant.Core.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Knowledge.Overrides;

/// <summary>
/// Applies a curated <c>facts.yaml</c>: each top-level key is a field of the facts contract (camelCase, dots for
/// nested fields: <c>salary.period: year</c>) whose value replaces the extracted one. Values without a citation
/// get one that points at the line of <c>facts.yaml</c>. A bad key or value is reported with file, line and
/// field; the other keys still apply.
/// </summary>
public static class FactsOverrides
{
    /// <summary>The facts with the overrides applied, and one message per problem.</summary>
    public static (VacancyFacts Facts, IReadOnlyList<string> Errors) Apply(VacancyFacts facts, string yamlPath)
    {
        var errors = new List<string>();
        var file = Path.GetFileName(yamlPath);
        YamlMappingNode root;
        try
        {
            using var reader = new StreamReader(yamlPath);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return (facts, errors);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add($"line {stream.Documents[0].RootNode.Start.Line}: expected a mapping of field: value");
                return (facts, errors);
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            errors.Add($"line {ex.Start.Line}: YAML syntax error: {ex.InnerException?.Message ?? ex.Message}");
            return (facts, errors);
        }
        catch (IOException ex)
        {
            errors.Add($"cannot be read: {ex.Message}");
            return (facts, errors);
        }

        var current = facts;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line;
            var citation = Citation.Curated(facts.Id, file, line, $"{key} (curated in {file}, line {line})");
            try
            {
                current = ApplyOne(current, key, valueNode, citation);
            }
            catch (OverrideException ex)
            {
                errors.Add($"line {line}: field '{key}': {ex.Message}");
            }
        }

        return (current, errors);
    }

    private static VacancyFacts ApplyOne(VacancyFacts facts, string key, YamlNode value, Citation citation)
    {
        if (key.Length == 0 || key is "id")
        {
            throw new OverrideException(key.Length == 0 ? "empty field name" : "the id is the folder name and cannot be overridden");
        }

        var json = JsonSerializer.SerializeToNode(facts, FactsJson.Options)!.AsObject();
        var path = key.Split('.');
        JsonObject parent = json;
        for (var i = 0; i < path.Length - 1; i++)
        {
            parent = parent[path[i]] as JsonObject
                ?? throw new OverrideException(parent.ContainsKey(path[i]) ? $"'{path[i]}' has no value to change a part of; give the whole '{path[i]}'" : $"unknown field '{path[i]}'");
        }

        var last = path[^1];
        if (!parent.ContainsKey(last))
        {
            throw new OverrideException($"unknown field (known: {string.Join(", ", parent.Select(p => p.Key))})");
        }

        var citationNode = JsonSerializer.SerializeToNode(citation, FactsJson.Options)!;
        parent[last] = ToJson(value, citationNode);
        VacancyFacts result;
        try
        {
            result = json.Deserialize<VacancyFacts>(FactsJson.Options) ?? throw new OverrideException("value cannot be null here");
        }
        catch (JsonException ex)
        {
            throw new OverrideException($"invalid value: {ex.Message.Split(" Path:")[0]}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            throw new OverrideException($"invalid value: {ex.Message}");
        }

        if (path.Length == 1 && value is YamlScalarNode)
        {
            var citations = new Dictionary<string, Citation>(result.Citations) { [key] = citation };
            result = result with { Citations = citations };
        }

        return result;
    }

    /// <summary>YAML to JSON; objects without a citation get the curated one.</summary>
    private static JsonNode? ToJson(YamlNode node, JsonNode citation)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    obj[((YamlScalarNode)k).Value ?? ""] = ToJson(v, citation);
                }

                if (!obj.ContainsKey("citation"))
                {
                    obj["citation"] = citation.DeepClone();
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                foreach (var item in seq.Children)
                {
                    array.Add(ToJson(item, citation));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new OverrideException("unsupported YAML node");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is null or "" or "~" or "null")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && !text.Contains(',', StringComparison.Ordinal)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }

    private sealed class OverrideException(string message) : Exception(message);
}
