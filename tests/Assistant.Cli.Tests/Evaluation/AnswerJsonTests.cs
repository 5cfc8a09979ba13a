using System.Text.Json;
using Assistant.Cli.Evaluation;
using Assistant.Core.Answers;

namespace Assistant.Cli.Tests.Evaluation;

public sealed class AnswerJsonTests
{
    [Fact]
    public void ToElement_FactsRecord_IsSerializedWithItsRuntimeType()
    {
        var answer = Sample() with { Facts = new SampleFacts(new DateOnly(2025, 12, 14), 3123.31m) };

        var sut = AnswerJson.ToElement(answer, out var problem);

        Assert.Null(problem);
        Assert.Equal("2025-12-14", sut.GetProperty("facts").GetProperty("lastDay").GetString());
        Assert.Equal(3123.31m, sut.GetProperty("facts").GetProperty("amount").GetDecimal());
        Assert.Equal("harelbeke", sut.GetProperty("citations")[0].GetProperty("vacancyId").GetString());
        Assert.Equal("Solliciteer", sut.GetProperty("suggestedActions")[0].GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, sut.GetProperty("verdict").ValueKind);
    }

    [Fact]
    public void ToElement_FactsThatCannotBeSerialized_KeepsTheContractWithNullFacts()
    {
        var cycle = new Node();
        cycle.Next = cycle;

        var sut = AnswerJson.ToElement(Sample() with { Facts = cycle }, out var problem);

        Assert.NotNull(problem);
        Assert.Equal(JsonValueKind.Null, sut.GetProperty("facts").ValueKind);
        Assert.Equal("Tot 14 december.", sut.GetProperty("text").GetString());
    }

    [Fact]
    public void Serialize_Compact_IsOneLineWithoutEscapedAccents()
    {
        var json = AnswerJson.Serialize(Sample() with { Text = "één € café" }, indented: false, out _);

        Assert.DoesNotContain('\n', json);
        Assert.Contains("één € café", json, StringComparison.Ordinal);
    }

    private static Answer Sample() => new()
    {
        Text = "Tot 14 december.",
        Language = "nl",
        Intent = "deadline",
        Source = "rules",
        VacancyIds = ["harelbeke"],
        Citations = [new AnswerCitation("harelbeke", "vacancy.txt", "Solliciteren", "tot en met 14 december")],
        SuggestedActions = [new SuggestedAction("Solliciteer", "Hoe solliciteer ik?")],
    };

    private sealed record SampleFacts(DateOnly LastDay, decimal Amount) : AnswerPayload;

    private sealed record Node : AnswerPayload
    {
        public Node? Next { get; set; }
    }
}
