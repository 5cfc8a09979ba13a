using System.Globalization;
using Assistant.Core.Facts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Knowledge.Base;

/// <summary>
/// Reads employer salary-scale tables from <c>salary-scales/*.yaml</c>:
/// <code>
/// employer: Stad Voorbeeld            # as the vacancy's organisation
/// source: Rechtspositieregeling, bijlage 3
/// scales:
///   B1-B3: [17300, 17800, 18300]      # yearly at 100%, index = years of seniority
/// </code>
/// A broken file is reported and skipped.
/// </summary>
public static class ScaleTableLoader
{
    /// <summary>All tables in <paramref name="folder"/> (none when it does not exist).</summary>
    public static IReadOnlyList<SalaryScaleTable> LoadAll(string folder, List<LoadError> errors)
    {
        var result = new List<SalaryScaleTable>();
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Files(folder))
        {
            try
            {
                result.AddRange(Load(file));
            }
            catch (Exception ex) when (ex is YamlException or FormatException or InvalidDataException or IOException or InvalidCastException)
            {
                var line = ex is YamlException y ? $"line {y.Start.Line}: " : "";
                errors.Add(new LoadError("salary-scales", Path.Combine("salary-scales", Path.GetFileName(file)), line + ex.Message));
            }
        }

        return result;
    }

    /// <summary>The table files in <paramref name="folder"/>, in the order they are read (none when it does not exist).</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal)]
            : [];

    private static IEnumerable<SalaryScaleTable> Load(string file)
    {
        using var reader = new StreamReader(file);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? throw new InvalidDataException("expected a mapping with employer, source and scales");
        string Scalar(string key) => (root.Children.TryGetValue(new YamlScalarNode(key), out var n) ? (n as YamlScalarNode)?.Value : null)
            ?? throw new InvalidDataException($"missing '{key}'");
        var employer = Scalar("employer");
        var source = Scalar("source");
        if (!root.Children.TryGetValue(new YamlScalarNode("scales"), out var scalesNode) || scalesNode is not YamlMappingNode scales)
        {
            throw new InvalidDataException("missing 'scales' mapping");
        }

        foreach (var (key, value) in scales.Children)
        {
            var scale = ((YamlScalarNode)key).Value ?? "";
            if (value is not YamlSequenceNode steps || steps.Children.Count == 0)
            {
                throw new InvalidDataException($"line {key.Start.Line}: scale '{scale}' needs a list of yearly amounts");
            }

            var amounts = steps.Children.Select(s => decimal.Parse(((YamlScalarNode)s).Value ?? "", NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();
            var citation = new Citation("salary-scales", Path.GetFileName(file), scale, $"{employer} {scale}: {source}", (int)key.Start.Line, (int)key.Start.Line);
            yield return new SalaryScaleTable(employer, scale, amounts, citation);
        }
    }
}
