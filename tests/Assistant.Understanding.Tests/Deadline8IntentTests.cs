namespace Assistant.Understanding.Tests;

/// <summary>
/// "Until when can I apply for the reserve …" asks the deadline although it names a reserve; "nog hoeveel dagen" asks the days
/// left; "until when is the reserve valid" stays a procedure question.
/// </summary>
public sealed class Deadline8IntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Jusqu'à quand puis-je m'inscrire pour la réserve de recrutement de comptable ?")]
    [InlineData("Tot wanneer kan ik me kandidaat stellen voor de wervingsreserve van boekhouder?")]
    [InlineData("Until when can I apply for the recruitment reserve for accountants?")]
    public void Analyze_UntilWhenApplyingForAReserve_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Tot wanneer is de wervingsreserve geldig?")]
    [InlineData("Jusqu'à quand la réserve de recrutement est-elle valable ?")]
    public void Analyze_UntilWhenIsTheReserveValid_StaysProcedure(string text) =>
        Assert.Equal("procedure", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("nog hoeveel dagen voor de job van boekhouder?")]
    [InlineData("Nog hoeveel tijd om te reageren op de vacature boekhouder?")]
    public void Analyze_NogHoeveelDagen_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);
}

/// <summary>Deadline questions in other words: "tot welk uur", "by what date", "il me reste combien", sending the CV still or by a last day.</summary>
public sealed class Deadline8PhrasingTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Tot welk uur kan ik solliciteren voor boekhouder?")]
    [InlineData("By what date must I apply for the accountant job?")]
    [InlineData("Jusqu'à quelle heure puis-je postuler comme comptable ?")]
    [InlineData("Il me reste combien de jours pour le poste de comptable ?")]
    public void Analyze_UntilWhatHourOrDate_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Kan ik mijn cv nog sturen voor boekhouder?")]
    [InlineData("Puis-je encore envoyer mon CV pour le poste de comptable ?")]
    [InlineData("What's the last day I can send my CV for the accountant job?")]
    public void Analyze_SendingTheCvStill_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Welke documenten moet ik sturen met mijn cv voor boekhouder?")]
    [InlineData("Moet ik mijn diploma nog bezorgen met mijn cv?")]
    public void Analyze_WhatToSendWithTheCv_StaysDocuments(string text) =>
        Assert.Equal("documents", _sut.Analyze(text).Intent);
}
