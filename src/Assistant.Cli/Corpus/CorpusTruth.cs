using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Assistant.Cli.Corpus;

/// <summary>
/// The ground truth of one corpus vacancy (<c>truth.yaml</c>): the key facts a person read off the document.
/// Format: tests/corpus/README.md.
/// </summary>
public sealed record CorpusTruth(
    string Id,
    string? Title,
    string? Organisation,
    string? Scale,
    bool HasDeadline,
    DateOnly? DeadlineDate,
    string? DeadlineTime,
    bool Continuous,
    IReadOnlyList<(string Audience, string Level)> Diploma,
    bool HasSalary,
    decimal? SalaryMin,
    decimal? SalaryMax)
{
    /// <summary>Reads every entry of a truth file; a malformed entry is reported with its id.</summary>
    public static IReadOnlyList<CorpusTruth> Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlSequenceNode entries)
        {
            throw new InvalidDataException($"{path}: expected a list of vacancies");
        }

        return entries.Children.OfType<YamlMappingNode>().Select(e => FromYaml(path, e)).ToList();
    }

    private static CorpusTruth FromYaml(string path, YamlMappingNode e)
    {
        var id = Scalar(e, "id") ?? throw new InvalidDataException($"{path}: an entry without id");
        var deadline = Child(e, "deadline") as YamlMappingNode;
        var salary = Child(e, "salary") as YamlMappingNode;
        var diploma = (Child(e, "diploma") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
            .Select(d => (Scalar(d, "audience") ?? "external", Scalar(d, "level") ?? "none")).ToList() ?? [];
        return new CorpusTruth(
            id,
            Scalar(e, "title"),
            Scalar(e, "organisation"),
            Scalar(e, "scale"),
            deadline is not null,
            deadline is null || Scalar(deadline, "date") is not { } date ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            deadline is null ? null : Scalar(deadline, "time"),
            deadline is not null && Scalar(deadline, "continuous") is "true" or "True",
            diploma,
            salary is not null,
            salary is null ? null : Decimal(Scalar(salary, "min")),
            salary is null ? null : Decimal(Scalar(salary, "max")));
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !(value is YamlScalarNode { Value: null or "" or "~" or "null" }) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => Child(node, key) is YamlScalarNode { Value: { } v } ? v : null;

    private static decimal? Decimal(string? value) =>
        value is not null && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
}
