using System.Text.Json;

namespace Assistant.Web.Tests.DirectLine;

public sealed class DirectLineForgetTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private DirectLineClient Client => new(fixture.Host);

    [Fact]
    public async Task ForgetMe_ActivitiesBeforeIt_AreGoneForTheSameToken_OnlyTheConfirmationRemains()
    {
        var (conversation, token, _) = await Client.StartAsync();
        await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message("Ik heb 7 jaar ervaring, " + DirectLineClient.Question, "before"));
        var before = await Client.PollAsync(conversation, token);

        await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message("vergeet mij", "forget"));
        var after = await Client.PollAsync(conversation, token);
        var next = await Client.PollAsync(conversation, token, before.GetProperty("watermark").GetString()!);

        Assert.Equal(3, before.GetProperty("activities").GetArrayLength());
        var left = Assert.Single(after.GetProperty("activities").EnumerateArray());
        Assert.Contains("gewist", left.GetProperty("text").GetString());
        Assert.DoesNotContain("7 jaar", after.GetRawText());
        Assert.Equal(left.GetProperty("id").GetString(), Assert.Single(next.GetProperty("activities").EnumerateArray()).GetProperty("id").GetString());
        Assert.True(long.Parse(after.GetProperty("watermark").GetString()!) > long.Parse(before.GetProperty("watermark").GetString()!));
    }

    [Fact]
    public async Task ForgetMe_ConversationGoesOn_AndNewActivitiesAreKept()
    {
        var (conversation, token, _) = await Client.StartAsync();
        await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message("vergeet mij", "forget"));

        await Client.JsonAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, DirectLineClient.Message(DirectLineClient.Question, "again"));
        var all = (await Client.PollAsync(conversation, token)).GetProperty("activities").EnumerateArray().ToArray();

        Assert.Equal(3, all.Length);
        Assert.Equal("again", all[1].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Contains("14 december 2025", all[2].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.String, all[0].GetProperty("text").ValueKind);
    }
}
