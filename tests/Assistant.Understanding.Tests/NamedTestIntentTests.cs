namespace Assistant.Understanding.Tests;

/// <summary>
/// A test named by what it tests or how ("the practical swimming test", "a physical exam", "le test pratique") or asked
/// after with a question word ("when are the tests", "what tests are there", "quels examens") is a procedure question;
/// the exam that ended one's studies is not.
/// </summary>
public sealed class NamedTestIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("When is the practical driving test for the bus driver job?")]
    [InlineData("what tests do you have for the gardener?")]
    [InlineData("Is the psychotechnical exam difficult for the police assistant job?")]
    [InlineData("When are the exams for the administrative assistant?")]
    [InlineData("Quand a lieu le test pratique pour le poste de jardinier ?")]
    [InlineData("Quels examens faut-il passer pour le poste de comptable ?")]
    [InlineData("welke testen moet ik afleggen voor de job van tuinier?")]
    public void Analyze_NamedOrAskedTest_IsProcedure(string text) =>
        Assert.Equal("procedure", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("I passed my final exam in nursing last year. Can I apply for the nurse job?")]
    public void Analyze_ExamThatEndedStudies_IsNotProcedure(string text) =>
        Assert.NotEqual("procedure", _sut.Analyze(text).Intent);
}
