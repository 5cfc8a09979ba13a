using Assistant.Core.Facts;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Tests.Profile;

public class CandidateProfileTests
{
    [Fact]
    public void IsEmpty_NewProfile_IsTrue()
    {
        Assert.True(new CandidateProfile().IsEmpty);
    }

    [Fact]
    public void IsEmpty_OnlyANegativeDiplomaStatement_IsFalse()
    {
        Assert.False(new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor }.IsEmpty);
    }

    [Fact]
    public void Merge_NewerDiploma_ClearsTheOlderNegativeStatement()
    {
        var sut = new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(3, "relevant")] };

        var result = sut.Merge(new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal(DiplomaLevel.Bachelor, result.Diploma);
        Assert.Null(result.LacksDiploma);
        Assert.Single(result.Experience);
    }

    [Fact]
    public void Merge_NewerNegativeStatement_ClearsTheOlderDiploma()
    {
        var sut = new CandidateProfile { Diploma = DiplomaLevel.Master };

        var result = sut.Merge(new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor });

        Assert.Null(result.Diploma);
        Assert.Equal(DiplomaLevel.Bachelor, result.LacksDiploma);
    }

    [Fact]
    public void Merge_NewerExperience_ReplacesTheOlder()
    {
        var sut = new CandidateProfile { Experience = [new ExperienceEntry(1, "relevant")], Nationality = "BE" };

        var result = sut.Merge(new CandidateProfile { Experience = [new ExperienceEntry(3, "relevant")] });

        Assert.Equal(3m, Assert.Single(result.Experience).Years);
        Assert.Equal("BE", result.Nationality);
    }
}
