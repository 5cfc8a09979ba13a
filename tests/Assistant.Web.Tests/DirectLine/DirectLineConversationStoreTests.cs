using Assistant.BotFramework.Schema;
using Assistant.Web.DirectLine;

namespace Assistant.Web.Tests.DirectLine;

/// <summary>The in-memory transcript behind the stream and the polls: ids, watermarks, the capacity.</summary>
public sealed class DirectLineConversationStoreTests
{
    [Fact]
    public void Since_KeepsTheNewestActivitiesUpToTheCapacity_InOrder()
    {
        var sut = new DirectLineConversation("c1", "u1", capacity: 5, WebHost.Now.AddHours(1));
        for (var i = 1; i <= 7; i++)
        {
            sut.Append(new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, WebHost.Now);
        }

        Assert.Equal(["m3", "m4", "m5", "m6", "m7"], Texts(sut.Since(0)));
        Assert.Equal(["m6", "m7"], Texts(sut.Since(5)));
        Assert.Empty(Texts(sut.Since(7)));
        Assert.Equal(7, sut.Since(2).Watermark);
        Assert.Equal("c1|0000007", sut.Since(6).Activities.Single().Id);
    }

    [Fact]
    public void Since_NegativeOrFutureWatermark_IsHandled()
    {
        var sut = new DirectLineConversation("c1", "u1", capacity: 3, WebHost.Now.AddHours(1));
        sut.Append(new Activity { Type = ActivityTypes.Message, Text = "m1" }, WebHost.Now);

        Assert.Equal(["m1"], Texts(sut.Since(-5)));
        Assert.Empty(Texts(sut.Since(10)));
    }

    private static List<string?> Texts((IReadOnlyList<Activity> Activities, long Watermark, Task Changed) page) =>
        [.. page.Activities.Select(a => a.Text)];
}
