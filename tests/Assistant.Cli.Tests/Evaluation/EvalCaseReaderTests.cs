using Assistant.Cli.Evaluation;

namespace Assistant.Cli.Tests.Evaluation;

public sealed class EvalCaseReaderTests
{
    [Fact]
    public void Parse_FullCase_ReadsClockChannelTurnsAndExpectations()
    {
        const string Yaml = """
            # comment
            - id: deadline-days-left
              now: 2026-01-20T09:00:00+01:00
              channel: teams
              turns:
                - user: "Hoeveel dagen heb ik nog?"
                  expect: { intent: deadline, vacancy: antwerpen, source: rules, language: nl,
                            mentions: [["12 dagen", "twaalf dagen"], ["date:2026-02-01"]], absent: ["gesloten"] }
                - user: Nog iets
            """;

        var sut = EvalCaseReader.Parse(Yaml, "cases.yaml", []).Single();

        Assert.Equal("deadline-days-left", sut.Id);
        Assert.True(sut.IdIsString);
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.FromHours(1)), sut.Now);
        Assert.Equal("teams", sut.Channel);
        Assert.Equal(2, sut.Turns.Count);
        var expect = sut.Turns[0].Expect;
        Assert.Equal("deadline", Assert.Single(expect.Intent!).Text);
        Assert.Equal("antwerpen", expect.Vacancy);
        Assert.Equal(2, expect.Mentions.Count);
        Assert.Equal(["12 dagen", "twaalf dagen"], expect.Mentions[0]);
        Assert.Equal(["gesloten"], expect.Absent);
        Assert.Null(sut.Turns[1].Expect.Intent);
        Assert.Null(expect.Verdict);
    }

    [Fact]
    public void Parse_NoClockOrChannel_UsesTheDefaults()
    {
        var sut = EvalCaseReader.Parse("- id: a\n  turns:\n    - user: hallo\n", "c.yaml", []).Single();

        Assert.Equal(EvalClock.DefaultNow, sut.Now);
        Assert.Equal("web", sut.Channel);
    }

    [Fact]
    public void Parse_ClockWithoutOffset_IsBrusselsLocalTime()
    {
        var sut = EvalCaseReader.Parse("- id: a\n  now: 2026-07-01 12:00:00\n  turns:\n    - user: hallo\n", "c.yaml", []).Single();

        Assert.Equal(TimeSpan.FromHours(2), sut.Now.Offset);
    }

    [Fact]
    public void Parse_NumericId_IsMarkedAsNotAString()
    {
        var sut = EvalCaseReader.Parse("- id: 12\n  turns:\n    - user: hallo\n", "c.yaml", []).Single();

        Assert.False(sut.IdIsString);
    }

    [Fact]
    public void Parse_UnknownKeys_AreWarnings()
    {
        var warnings = new List<string>();

        EvalCaseReader.Parse("- id: a\n  unseen: true\n  turns:\n    - user: hallo\n      expect: { mention: [[\"x\"]] }\n", "c.yaml", warnings);

        Assert.Equal(["c.yaml:5: unknown expect key 'mention' is ignored"], warnings);
    }

    [Theory]
    [InlineData("- id: a\n  turns:\n    - user: \"open\n", "c.yaml:")]
    [InlineData("id: a\n", "c.yaml:1: expected a list of cases")]
    [InlineData("- id: a\n  turns:\n    - expect: {}\n", "c.yaml:3: turn without a user text")]
    [InlineData("- turns:\n    - user: x\n", "c.yaml:1: case without an id")]
    [InlineData("- id: a\n", "c.yaml:1: case 'a' needs a list of turns")]
    [InlineData("- id: a\n  channel: sms\n  turns: []\n", "c.yaml:2: unknown channel 'sms'")]
    [InlineData("- id: a\n  now: morgen\n  turns: []\n", "c.yaml:2: now 'morgen'")]
    [InlineData("- id: a\n  turns: []\n- id: a\n  turns: []\n", "c.yaml:3: duplicate case id 'a' (first at line 1)")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { mentions: [\"x\"] }\n", "c.yaml:4: each mentions group must be a list")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { mentions: [[36]] }\n", "c.yaml:4: mentions must be a text")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { mentions: [[\"date:2025-13-01\"]] }\n", "c.yaml:4: 'date:2025-13-01' has no month 13")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { mentions: [[\"eur:12,50\"]] }\n", "c.yaml:4: 'eur:12,50' is not a number")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { mentions: [[\"time:23u59\"]] }\n", "c.yaml:4: 'time:23u59' is not time:HH:MM")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { absent: \"x\" }\n", "c.yaml:4: absent must be a list of texts")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: { vacancy: ~ }\n", "c.yaml:4: vacancy must be a text")]
    [InlineData("- id: a\n  turns:\n    - user: x\n      expect: [intent]\n", "c.yaml:4: expect must be a mapping")]
    [InlineData("", "c.yaml:1: no cases")]
    public void Parse_Malformed_ThrowsWithFileAndLine(string yaml, string message)
    {
        var ex = Assert.Throws<EvalFormatException>(() => EvalCaseReader.Parse(yaml, "c.yaml", []));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Missing_NamesTheFile()
    {
        var ex = Assert.Throws<EvalFormatException>(() => EvalCaseReader.ReadFile("/nonexistent/cases.yaml", []));

        Assert.Contains("/nonexistent/cases.yaml", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ReadFile_SharedDevSet_ParsesEveryCase()
    {
        var dev = ReferenceJudge.SharedEvalFolder() is { } folder ? Path.Combine(folder, "dev.yaml") : null;
        Skip.If(dev is null || !File.Exists(dev), "../shared/eval/dev.yaml not found: the shared folder is not beside this clone");

        var warnings = new List<string>();
        var cases = EvalCaseReader.ReadFile(dev, warnings);

        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.True(c.IdIsString));
        Assert.Empty(warnings);
    }
}
