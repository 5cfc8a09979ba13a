using Assistant.Core.Answers;
using Assistant.Dialogs.Answering.Payloads;
using Assistant.Dialogs.Model;
using Assistant.Procedures.Answers;
using Assistant.Procedures.Library;
using Assistant.Procedures.Structure;

namespace Assistant.Dialogs.Tests.Model;

/// <summary>
/// Grounded summaries of HR procedure answers (<see cref="ModelAssist.SummariseAsync"/>) over invented regulation units:
/// which answers are summarised, what the model is given, how the sources are numbered, what keeps the rules' quote.
/// </summary>
public sealed class ProcedureSummaryTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static ProcedureUnit Unit(string article, string text, ProcedureAudience audience = ProcedureAudience.Hr) => new()
    {
        Document = "reglement.md",
        DocumentTitle = "Reglement Testveld",
        Audience = audience,
        Kind = UnitKind.Paragraph,
        Article = article,
        Text = text,
    };

    private static readonly ProcedureUnit Inzage = Unit("4", "De kandidaat kan zijn verbeterde proeven inzien binnen 14 kalenderdagen na de uitslag.");
    private static readonly ProcedureUnit Beroep = Unit("5", "Een bezwaar wordt schriftelijk ingediend bij de secretaris.");

    private static Answer Quoted(string source, string kind, params ProcedureUnit[] units) => new()
    {
        Text = "Art. 4 van Reglement Testveld:\n“" + units[0].Text + "”",
        Language = "nl",
        Intent = Intents.Procedure,
        Source = source,
        Citations = units.Select(u => new AnswerCitation("general", u.Document, u.Label, u.Text)).ToList(),
        Facts = new ProcedurePayload(new ProcedureResult { Kind = kind, Units = units }),
    };

    private static TurnInput Input(string channel = "teams", string? role = null, string text = "Hoe lang kan een kandidaat zijn proeven inzien?") => new(text, Now, channel, Role: role);

    private static Task<Answer> Summarise(Writer writer, Answer answer, TurnInput? input = null) =>
        ModelAssist.SummariseAsync(writer, input ?? Input(), answer, (ProcedurePayload)answer.Facts!, CancellationToken.None);

    [Fact]
    public async Task AQuotedArticle_GetsTheSummary_AboveItsNumberedSources_InTheAskersLanguage()
    {
        var writer = new Writer(_ => new GroundedText("Binnen 14 kalenderdagen na de uitslag [2]; een bezwaar gaat schriftelijk naar de secretaris [1].", [2, 1]));
        var answer = await Summarise(writer, Quoted(AnswerSources.Retrieval, "passage", Beroep, Inzage), Input());

        Assert.Equal(GroundedTopic.Procedure, writer.Topic);
        Assert.Equal("nl", writer.Language);
        Assert.StartsWith("Kort samengevat: Binnen 14 kalenderdagen na de uitslag [1]; een bezwaar gaat schriftelijk naar de secretaris [2].", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[1] Art. 4 van Reglement Testveld: “" + Inzage.Text + "”", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[2] Art. 5 van Reglement Testveld: “" + Beroep.Text + "”", answer.Text, StringComparison.Ordinal);
        Assert.Equal([Inzage.Text, Beroep.Text], answer.Citations.Select(c => c.Quote));
        Assert.Equal((Intents.Procedure, AnswerSources.Retrieval), (answer.Intent, answer.Source));
    }

    [Fact]
    public async Task ThePassagesGiven_CarryTheirPlaceAndDocument_SoAnArticleNumberIsEvidence()
    {
        var writer = new Writer(_ => null);
        await Summarise(writer, Quoted(AnswerSources.Retrieval, "article", Inzage));

        Assert.Equal(["Art. 4 (Reglement Testveld): " + Inzage.Text], writer.Passages);
    }

    [Fact]
    public async Task AnUncitedPassage_IsStillShown_AfterTheCitedOnes()
    {
        var writer = new Writer(_ => new GroundedText("Een bezwaar is schriftelijk [2].", [2]));
        var answer = await Summarise(writer, Quoted(AnswerSources.Retrieval, "passage", Inzage, Beroep));

        Assert.Contains("[1] Art. 5", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[2] Art. 4", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Theory]
    [InlineData("en", "In short:", "Sources (quoted in Dutch):")]
    [InlineData("fr", "En bref :", "Sources (citées en néerlandais) :")]
    public async Task TheFrame_IsInTheAskersLanguage(string language, string intro, string sources)
    {
        var writer = new Writer(_ => new GroundedText("Within 14 calendar days [1].", [1]));
        var answer = await Summarise(writer, Quoted(AnswerSources.Retrieval, "article", Inzage) with { Language = language });

        Assert.Equal(language, writer.Language);
        Assert.StartsWith(intro + " Within 14 calendar days [1].\n" + sources, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("computed")]
    [InlineData("term")]
    [InlineData("steps")]
    public async Task AComputedDateOrTerm_StaysTheRulesAnswer_TheModelIsNotAsked(string kind)
    {
        var writer = new Writer(_ => new GroundedText("Anders [1].", [1]));
        var rules = Quoted(AnswerSources.Rules, kind, Inzage);

        var answer = await Summarise(writer, rules);

        Assert.Equal(0, writer.Calls);
        Assert.Same(rules, answer);
    }

    [Theory]
    [InlineData("web", null)]
    [InlineData("teams", "public")]
    [InlineData("cli", null)] // staff
    public async Task AnHrPassage_IsNeverSent_ToSomeoneOutsideHr(string channel, string? role)
    {
        var writer = new Writer(_ => new GroundedText("Samenvatting [1].", [1]));
        var mixed = Quoted(AnswerSources.Retrieval, "passage", Unit("2", "Iedereen mag solliciteren.", ProcedureAudience.Public), Inzage);

        var answer = await Summarise(writer, mixed, Input(channel, role));

        Assert.Equal(0, writer.Calls);
        Assert.Same(mixed, answer);
    }

    [Fact]
    public async Task APublicPassage_IsSummarised_ForThePublic()
    {
        var writer = new Writer(_ => new GroundedText("Iedereen mag solliciteren [1].", [1]));
        var open = Quoted(AnswerSources.Retrieval, "passage", Unit("2", "Iedereen mag solliciteren.", ProcedureAudience.Public));

        var answer = await Summarise(writer, open, Input("web"));

        Assert.Equal(1, writer.Calls);
        Assert.StartsWith("Kort samengevat:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotInTheDocuments_AFailure_OrNoValidCitation_KeepTheRulesQuote()
    {
        var quoted = Quoted(AnswerSources.Retrieval, "article", Inzage);

        Assert.Same(quoted, await Summarise(new Writer(_ => GroundedText.NotAnswered), quoted));
        Assert.Same(quoted, await Summarise(new Writer(_ => null), quoted));
        Assert.Same(quoted, await Summarise(new Writer(_ => new GroundedText("Binnen 14 dagen [3].", [3])), quoted));
    }

    private sealed class Writer(Func<IReadOnlyList<string>, GroundedText?> reply) : IGroundedAnswerWriter
    {
        public int Calls { get; private set; }

        public IReadOnlyList<string>? Passages { get; private set; }

        public string? Language { get; private set; }

        public GroundedTopic? Topic { get; private set; }

        public Task<GroundedText?> WriteAsync(string question, string language, IReadOnlyList<string> passages, string templated, GroundedTopic topic = GroundedTopic.Vacancy, CancellationToken cancellationToken = default)
        {
            Calls++;
            (Passages, Language, Topic) = (passages, language, topic);
            return Task.FromResult(reply(passages));
        }
    }
}
