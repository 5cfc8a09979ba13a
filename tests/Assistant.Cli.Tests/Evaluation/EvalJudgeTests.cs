using System.Text.Json;
using Assistant.Cli.Evaluation;
using Assistant.Core.Answers;

namespace Assistant.Cli.Tests.Evaluation;

public sealed class EvalJudgeTests
{
    public static TheoryData<string, string, bool> Mentions => JudgeSamples.MentionData();

    [Theory]
    [MemberData(nameof(Mentions))]
    public void MentionMatches_CraftedText_AgreesWithEvalcheck(string alternative, string text, bool expected)
    {
        Assert.Equal(expected, EvalJudge.MentionMatches(alternative, text));
    }

    [Fact]
    public void Check_AllExpectationsMet_HasNoProblems()
    {
        var sut = Expect("""{ intent: [eligibility, vacancies], vacancy: harelbeke, verdict: conditional, source: rules, language: nl, mentions: [["capaciteitstest"], ["date:2025-12-14"]], absent: ["master"] }""");

        var problems = EvalJudge.Check(sut, Answer("Je hebt een capaciteitstest nodig; solliciteer tot 14/12/2025.", verdict: "conditional"));

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_WrongFields_ReportsEachInEvalcheckOrderAndWording()
    {
        var sut = Expect("""{ intent: salary, source: rules, language: en, vacancy: kamer, verdict: pass, mentions: [["eur:7.5", "zeven"]], absent: ["Capaciteitstest"] }""");

        var problems = EvalJudge.Check(sut, Answer("De capaciteitstest.", intent: "deadline", source: "retrieval"));

        Assert.Equal(
            [
                "intent 'deadline' not in ['salary']",
                "source 'retrieval' not in ['rules']",
                "language 'nl' not in ['en']",
                "vacancy 'kamer' not in ['harelbeke-deskundige-externe-communicatie']",
                "verdict None not in ['pass']",
                "missing one of ['eur:7.5', 'zeven']",
                "must not contain 'Capaciteitstest'",
            ],
            problems);
    }

    [Fact]
    public void Check_KeysNotExpected_AreNotChecked()
    {
        var problems = EvalJudge.Check(Expect("{ mentions: [[\"loon\"]] }"), Answer("Het loon.", intent: "unknown", source: "none"));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("{ verdict: ~ }", null, true)]
    [InlineData("{ verdict: ~ }", "eligible", false)]
    [InlineData("{ verdict: }", null, true)]
    [InlineData("{ verdict: [eligible, ~] }", null, true)]
    [InlineData("{ verdict: no }", "no", false)]
    [InlineData("{ verdict: \"no\" }", "no", true)]
    [InlineData("{ verdict: 'null' }", null, false)]
    public void Check_YamlTypedValues_CompareLikePython(string expect, string? verdict, bool passes)
    {
        var problems = EvalJudge.Check(Expect(expect), Answer("tekst", verdict: verdict));

        Assert.Equal(passes, problems.Count == 0);
    }

    [Theory]
    [InlineData("""{"text": "x", "vacancyIds": ["kortrijk-directie"]}""", true)]
    [InlineData("""{"text": "x", "vacancyIds": ["KORTRIJK-directie"]}""", false)]
    [InlineData("""{"text": "x", "vacancyIds": []}""", false)]
    [InlineData("""{"text": "x", "vacancyIds": null}""", false)]
    [InlineData("""{"text": "x"}""", false)]
    [InlineData("""null""", false)]
    public void Check_Vacancy_IsACaseSensitiveSubstringOfAnyId(string response, bool passes)
    {
        using var json = JsonDocument.Parse(response);

        var problems = EvalJudge.Check(Expect("{ vacancy: kortrijk }"), json.RootElement);

        Assert.Equal(passes, problems.Count == 0);
    }

    [Fact]
    public void Check_EmptyMentionGroup_AlwaysFails()
    {
        var problems = EvalJudge.Check(Expect("{ mentions: [[]] }"), Answer("alles"));

        Assert.Equal(["missing one of []"], problems);
    }

    [Fact]
    public void Check_MissingTextField_CountsAsEmptyText()
    {
        using var json = JsonDocument.Parse("""{"intent": "salary"}""");

        var problems = EvalJudge.Check(Expect("{ intent: salary, absent: [\"x\"], mentions: [[\"x\"]] }"), json.RootElement);

        Assert.Equal(["missing one of ['x']"], problems);
    }

    [Fact]
    public void Check_AnswerRecord_IsJudgedThroughItsJson()
    {
        var answer = Answer("Tot 14 december 2025.") with { Facts = new DeadlineFacts("2025-12-14") };

        Assert.Empty(EvalJudge.Check(Expect("{ mentions: [[\"date:2025-12-14\"]], intent: deadline }"), answer with { Intent = "deadline" }));
    }

    internal static EvalExpectation Expect(string flowMapping)
    {
        var yaml = $"- id: t\n  turns:\n    - user: \"q\"\n      expect: {flowMapping}\n";
        return EvalCaseReader.Parse(yaml, "test.yaml", []).Single().Turns.Single().Expect;
    }

    private static Answer Answer(string text, string intent = "eligibility", string source = "rules", string? verdict = null) => new()
    {
        Text = text,
        Language = "nl",
        Intent = intent,
        Source = source,
        Verdict = verdict,
        VacancyIds = ["harelbeke-deskundige-externe-communicatie"],
    };

    private sealed record DeadlineFacts(string Deadline) : AnswerPayload;
}
