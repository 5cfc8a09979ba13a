using Assistant.Web.Hosting;

namespace Assistant.Web.Tests.Hosting;

public sealed class HrOptionsTests
{
    [Theory]
    [InlineData("user-1", null, null, true)]
    [InlineData("USER-1", null, null, true)]
    [InlineData("user-2", "team-hr", null, true)]
    [InlineData("user-2", null, "19:hr-channel@thread.tacv2", true)]
    [InlineData("user-2", "team-sales", "19:sales@thread.tacv2", false)]
    [InlineData(null, null, null, false)]
    public void IsHr_ListedUserTeamOrChannel_IsHr(string? user, string? team, string? channel, bool expected)
    {
        var sut = new HrOptions();
        sut.UserObjectIds.Add("user-1");
        sut.TeamIds.Add("team-hr");
        sut.ChannelIds.Add("19:hr-channel@thread.tacv2");

        Assert.Equal(expected, sut.IsHr(user, team, channel));
    }

    [Fact]
    public void IsHr_NothingConfigured_NobodyIsHr() => Assert.False(new HrOptions().IsHr("user-1", "team-hr", "channel"));
}
