using Assistant.Procedures.Library;

namespace Assistant.Procedures.Tests.Library;

public sealed class MetaReaderTests
{
    [Fact]
    public void SplitFrontMatter_DocumentWithFrontMatter_ReturnsYamlAndBody()
    {
        var (yaml, body) = MetaReader.SplitFrontMatter("---\ntitle: Nota\naudience: staff\n---\n# Nota\ntekst");

        Assert.Equal("title: Nota\naudience: staff", yaml);
        Assert.Equal("# Nota\ntekst", body);
    }

    [Fact]
    public void Read_AllKeys_GivesTitleAudienceOwnerVersionAndDate()
    {
        var problems = new List<string>();

        var sut = MetaReader.Read("title: \"Handboek X\"\naudience: public\nowner: Dienst Y\nversion: 2.0\nvalid from: 2031-04-01", "fallback", problems);

        Assert.Equal(new DocumentMeta("Handboek X", ProcedureAudience.Public, "Dienst Y", "2.0", new DateOnly(2031, 4, 1)), sut);
        Assert.Empty(problems);
    }

    [Fact]
    public void Read_NoMetadata_IsHrOnlyWithTheFileNameAsTitle()
    {
        var sut = MetaReader.Read(null, "nota-x", []);

        Assert.Equal(ProcedureAudience.Hr, sut.Audience);
        Assert.Equal("nota-x", sut.Title);
    }

    [Fact]
    public void Read_UnknownAudience_StaysHrOnlyAndIsReported()
    {
        var problems = new List<string>();

        var sut = MetaReader.Read("audience: everyone", "x", problems);

        Assert.Equal(ProcedureAudience.Hr, sut.Audience);
        Assert.Contains(problems, p => p.Contains("everyone", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public", ProcedureAudience.Public, true)]
    [InlineData("public", ProcedureAudience.Staff, false)]
    [InlineData("public", ProcedureAudience.Hr, false)]
    [InlineData("staff", ProcedureAudience.Staff, true)]
    [InlineData("staff", ProcedureAudience.Hr, false)]
    [InlineData("hr", ProcedureAudience.Hr, true)]
    [InlineData("hr", ProcedureAudience.Staff, true)]
    public void CanSee_RoleAndAudience_FollowsTheWidening(string role, ProcedureAudience audience, bool expected) =>
        Assert.Equal(expected, ProcedureRoles.CanSee(role, audience));

    [Theory]
    [InlineData(null, "teams", "hr")]
    [InlineData(null, "cli", "staff")]
    [InlineData(null, "web", "public")]
    [InlineData("public", "teams", "public")]
    [InlineData("bogus", "web", "public")]
    public void Of_RoleOrChannel_GivesTheRole(string? role, string channel, string expected) =>
        Assert.Equal(expected, ProcedureRoles.Of(role, channel));
}
