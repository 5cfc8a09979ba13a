using Assistant.Tools.Scoring;

namespace Assistant.Tools.Tests.Scoring;

/// <summary>A place in a ranking in nl/en/fr, and numbers that are no place (an age, a school year, an attempt).</summary>
public sealed class RankMentionTests
{
    [Theory]
    [InlineData("ik was 11de na de praktische proef", 11)]
    [InlineData("Ik ben als 4de gerangschikt na het examen", 4)]
    [InlineData("ik sta op plaats 9 in de rangschikking", 9)]
    [InlineData("I ranked 12th after the written test", 12)]
    [InlineData("I came 3rd in the first round, do I go on?", 3)]
    [InlineData("je suis classée 7e après l'épreuve écrite", 7)]
    [InlineData("Je suis arrivé 15ème au classement", 15)]
    public void Find_PlaceInARanking_GivesThePlace(string text, int place) =>
        Assert.Equal(place, RankMention.Find(text));

    [Theory]
    [InlineData("ik ben 18 en heb een diploma secundair onderwijs")]
    [InlineData("ik zit in het 2de jaar bachelor")]
    [InlineData("ik ben 2de jaars student")]
    [InlineData("dit is mijn 3de poging voor deze proef")]
    [InlineData("I was 25 when I graduated")]
    [InlineData("ik had 14/20 op de schriftelijke proef")]
    public void Find_NumbersThatAreNoPlace_GiveNothing(string text) =>
        Assert.Null(RankMention.Find(text));
}
