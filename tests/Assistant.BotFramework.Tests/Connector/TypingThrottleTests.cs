using Assistant.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class TypingThrottleTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_WithinThreeSeconds_OnlyFirstAllowed()
    {
        var sut = new TypingThrottle(time);

        Assert.True(sut.TryAcquire("conv-1"));
        Assert.False(sut.TryAcquire("conv-1"));
        time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(sut.TryAcquire("conv-1"));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(sut.TryAcquire("conv-1"));
        Assert.False(sut.TryAcquire("conv-1"));
    }

    [Fact]
    public void TryAcquire_OtherConversation_Independent()
    {
        var sut = new TypingThrottle(time);

        Assert.True(sut.TryAcquire("conv-1"));
        Assert.True(sut.TryAcquire("conv-2"));
        Assert.False(sut.TryAcquire("conv-2"));
    }

    [Fact]
    public void TryAcquire_RefusedAttempt_DoesNotExtendTheWait()
    {
        var sut = new TypingThrottle(time);

        Assert.True(sut.TryAcquire("conv-1"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(sut.TryAcquire("conv-1"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(sut.TryAcquire("conv-1"));
    }
}
