using Assistant.Procedures.Questions;

namespace Assistant.Procedures.Tests.Questions;

public sealed class ProcedureQuestionReaderTests
{
    private static readonly DateOnly Today = new(2030, 1, 15);

    [Theory]
    [InlineData("Wat zegt artikel 12?", "12")]
    [InlineData("wat staat er in art. 7bis", "7bis")]
    [InlineData("What does article 3 say?", "3")]
    [InlineData("Que dit l'article 45 ?", "45")]
    public void Read_ArticleQuestion_GivesTheArticle(string question, string article)
    {
        var sut = ProcedureQuestionReader.Read(question, Today);

        Assert.Equal(("article", article), (sut.Kind, sut.Article));
    }

    [Theory]
    [InlineData("We publiceren op 3 maart voor niveau B: vroegste sluitingsdatum?", "closing-date", "B", 2030, 3, 3)]
    [InlineData("If we publish on March 4, 2031, what is the earliest closing date for an A-level post?", "closing-date", "A", 2031, 3, 4)]
    [InlineData("Un agent de niveau C commence le 1er avril 2030 : quand finit sa période d'essai ?", "probation-end", "C", 2030, 4, 1)]
    [InlineData("A level D employee starts on 2 May 2030. When does the probation end?", "probation-end", "D", 2030, 5, 2)]
    [InlineData("Tot wanneer is de wervingsreserve van 10/06/2030 geldig?", "reserve-end", null, 2030, 6, 10)]
    [InlineData("Tot wanneer kan de reserve van 10 juni 2030 verlengd worden?", "reserve-extension", null, 2030, 6, 10)]
    public void Read_ComputationQuestion_GivesKindLevelAndDate(string question, string kind, string? level, int y, int m, int d)
    {
        var sut = ProcedureQuestionReader.Read(question, Today);

        Assert.Equal((kind, level, new DateOnly(y, m, d)), (sut.Kind, sut.Level, sut.Date));
    }

    [Theory]
    [InlineData("Mag ik het dossier van mijn collega Karel Wouters bekijken?")]
    [InlineData("Hoeveel verlof heeft Ines Baert nog?")]
    [InlineData("Can I read the appraisal of my colleague Nora?")]
    [InlineData("Quel est le salaire de madame Lambert ?")]
    public void Read_NamedEmployee_IsAnIndividualCase(string question) =>
        Assert.Equal("individual", ProcedureQuestionReader.Read(question, Today).Kind);

    [Theory]
    [InlineData("Wie zetelt in de selectiecommissie?")]
    [InlineData("Hoe lang duurt de proeftijd bij Stad Testveld?")]
    public void Read_KnownTermsCapitalised_AreNoPerson(string question) =>
        Assert.NotEqual("individual", ProcedureQuestionReader.Read(question, Today, w => w is "stad" or "testveld").Kind);

    [Theory]
    [InlineData("Welke stappen zijn er om een vacature te openen?", "steps")]
    [InlineData("Wie beslist over de aanstelling?", "who")]
    [InlineData("Hoe lang blijft de reserve geldig?", "how-long")]
    public void Read_Shape_FollowsTheQuestionWords(string question, string shape) =>
        Assert.Equal(shape, ProcedureQuestionReader.Read(question, Today).Shape);

    [Theory]
    [InlineData("Kom ik in aanmerking?", true, false)]
    [InlineData("Hoe lang duurt de proeftijd?", false, true)]
    public void Read_Voice_TellsCandidatesFromHr(string question, bool candidate, bool hrWords)
    {
        var sut = ProcedureQuestionReader.Read(question, Today);

        Assert.Equal((candidate, hrWords), (sut.CandidateVoice, sut.HrWords));
    }
}
