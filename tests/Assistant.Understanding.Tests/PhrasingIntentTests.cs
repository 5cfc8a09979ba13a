using Assistant.Understanding.Text;

namespace Assistant.Understanding.Tests;

/// <summary>
/// Phrasings that used to land on the wrong intent: a trade or a stated limitation asking whether it is enough
/// (eligibility, also with "still"), "how much do I get" (salary), "what do I have to send" (documents), "how is the
/// evaluation done" (procedure), extra pay for night or Sunday work (benefits), the jury (its own topic), "where could I work" (all vacancies).
/// </summary>
public sealed class PhrasingIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("I only have a B licence, can I still apply?")]
    [InlineData("I just hold a secondary school diploma. Can I still apply for this?")]
    [InlineData("Can a plumber do this job?")]
    [InlineData("Could a physiotherapist apply for this?")]
    [InlineData("Can I still work as a truck driver with a category C licence?")]
    [InlineData("I'm 17. Can I work at the day camp this summer?")]
    [InlineData("Une infirmière peut-elle faire ce travail ?")]
    [InlineData("Je suis kinésithérapeute, est-ce que ça suffit ?")]
    [InlineData("Je n'ai qu'un permis B, est-ce que je peux quand même postuler ?")]
    [InlineData("Kan een kinesitherapeut deze job doen?")]
    [InlineData("Ik heb enkel een diploma secundair onderwijs, kan ik toch meedoen?")]
    [InlineData("Kan ik werken als jobstudent bij de sportdienst?")]
    public void Analyze_TradeOrLimitation_IsEligibility(string text)
    {
        Assert.Equal("eligibility", _sut.Analyze(text).Intent);
    }

    [Theory]
    [InlineData("How much do I get for a full-time job?", "salary")]
    [InlineData("How much would I make working part-time?", "salary")]
    [InlineData("Combien je touche à mi-temps ?", "salary")]
    [InlineData("What do I have to send?", "documents")]
    [InlineData("What will I need to submit?", "documents")]
    [InlineData("Qu'est-ce que je dois envoyer ?", "documents")]
    [InlineData("How is the evaluation done?", "procedure")]
    [InlineData("Comment se passe l'évaluation ?", "procedure")]
    [InlineData("Moet ik een proefles geven?", "procedure")]
    [InlineData("Is there a Sunday supplement?", "benefits")]
    [InlineData("Is there extra pay for night shifts?", "benefits")]
    [InlineData("Y a-t-il une prime de nuit ?", "benefits")]
    [InlineData("Krijg ik een zaterdagtoeslag?", "benefits")]
    [InlineData("Hoeveel extra krijg ik op zondag?", "benefits")]
    [InlineData("Where could I work without a diploma?", "vacancies")]
    [InlineData("Waar kan ik aan de slag zonder diploma?", "vacancies")]
    public void Analyze_Phrasing_HasIntent(string text, string intent)
    {
        Assert.Equal(intent, _sut.Analyze(text).Intent);
    }

    [Theory]
    [InlineData("Wie zit er in de jury voor de jurist in Hasselt?")]
    [InlineData("Who is on the selection panel for the lawyer in Hasselt?")]
    [InlineData("Qui fait partie du jury pour le juriste à Hasselt ?")]
    public void Analyze_Jury_IsItsOwnTopicNotTheSteps(string text)
    {
        var sut = _sut.Analyze(text);
        Assert.Equal(("general", "jury"), (sut.Intent, sut.Topic));
    }

    [Theory]
    [InlineData("Wordt de jurist in Hasselt statutair benoemd?")]
    [InlineData("Is it a statutory appointment?")]
    public void Analyze_StatutoryAppointment_IsTheDurationTopic(string text)
    {
        Assert.Equal("duration", _sut.Analyze(text).Topic);
    }

    [Theory]
    [InlineData("Ik ben statutair benoemd in niveau C sinds 2019. Kom ik in aanmerking voor de jurist in Hasselt?")]
    [InlineData("Ik ben vast benoemd als administratief medewerker. Kan ik meedoen voor de jurist in Hasselt?")]
    public void Analyze_OwnStatuteStated_StaysEligibility(string text)
    {
        var sut = _sut.Analyze(text);
        Assert.Equal("eligibility", sut.Intent);
        Assert.NotEqual("duration", sut.Topic);
    }

    [Theory]
    [InlineData("We vragen een toeslag voor zondagwerk, wat is dat?", "statutair", false)]
    [InlineData("statuut: contractueel, onbepaalde duur", "statutair", true)]
    [InlineData("je werkt onder leiding van het diensthoofd", "leidinggevende", true)]
    [InlineData("je werkt onder leiding van het diensthoofd", "parking", false)]
    [InlineData("een bedrijfsfeest in juni", "bedrijfsfeest", true)]
    [InlineData("Indiensttreding: ten vroegste op 1 maart", "beginnen", true)]
    [InlineData("Start in dienst: zo snel mogelijk", "aangenomen", true)]
    [InlineData("De aanvang van het contract is 1 april", "starten", true)]
    [InlineData("Je krijgt maaltijdcheques van 8 euro", "beginnen", false)]
    public void WordFamilies_Mentions_FindsTheWordOrItsFamily(string text, string word, bool expected)
    {
        Assert.Equal(expected, WordFamilies.Mentions(TextFolding.Fold(text), word));
    }
}
