using System.Reflection;
using Assistant.Core.Text;

namespace Assistant.Core.Tests.Text;

/// <summary>The one module of stop-word sets: named sets per purpose over shared base lists.</summary>
public sealed class StopWordsTests
{
    public static TheoryData<string> NamedSets() => [.. SetProperties().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(NamedSets))]
    public void EveryNamedSet_IsNotEmpty_WithoutEmptyOrPaddedWords(string name)
    {
        var set = Set(name);

        Assert.NotEmpty(set);
        Assert.DoesNotContain("", set);
        Assert.All(set, word => Assert.Equal(word.Trim(), word));
    }

    [Theory]
    [MemberData(nameof(NamedSets))]
    public void EveryNamedSet_ButTheRedactionOne_IsFolded(string name)
    {
        if (name is nameof(StopWords.RedactedStudyFieldEnd) or nameof(StopWords.RetrievalNoise))
        {
            return; // these two are documented to keep accented words as written
        }

        Assert.All(Set(name), word => Assert.Equal(TextFold.Fold(word), word));
    }

    [Fact]
    public void Index_IsTheSnowballListWithLettersAndDutchQuestionWords()
    {
        Assert.Superset(StopWords.DutchSnowball.ToHashSet(), StopWords.Index.ToHashSet());
        Assert.Contains("x", StopWords.Index);
        Assert.Contains("waarom", StopWords.Index);
        Assert.DoesNotContain("the", StopWords.Index);
        Assert.DoesNotContain("diploma", StopWords.Index);
    }

    [Fact]
    public void RedactedStudyFieldEnd_IgnoresCase_AndKeepsAccents()
    {
        Assert.Contains("I", StopWords.RedactedStudyFieldEnd);
        Assert.Contains("Nécessaire", StopWords.RedactedStudyFieldEnd);
        Assert.DoesNotContain("necessaire", StopWords.RedactedStudyFieldEnd);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("the")]
    [InlineData("les")]
    public void ArticlesOfTheThreeLanguages_AreSharedByTheSetsBuiltOnThem(string article)
    {
        Assert.Contains(article, StopWords.ProcedureTerms);
        Assert.Contains(article, StopWords.RetrievalNoise);
        Assert.Contains(article, StopWords.StudyFieldEnd);
        Assert.Contains(article, StopWords.SlotReplyFiller);
    }

    [Fact]
    public void ThePurposesDiffer_WhatEndsAStudyFieldIsContentForRetrieval()
    {
        Assert.Contains("diploma", StopWords.StudyFieldEnd);
        Assert.DoesNotContain("diploma", StopWords.RetrievalNoise);
        Assert.Contains("lang", StopWords.ProcedureTerms);
        Assert.DoesNotContain("lang", StopWords.RetrievalNoise);
    }

    private static IEnumerable<PropertyInfo> SetProperties() =>
        typeof(StopWords).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(IReadOnlySet<string>));

    private static IReadOnlySet<string> Set(string name) => (IReadOnlySet<string>)typeof(StopWords).GetProperty(name)!.GetValue(null)!;
}
