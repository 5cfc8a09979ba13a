using Assistant.BotFramework.Connector;

namespace Assistant.Web.Messages;

/// <summary>Shows "typing" while a slow turn (e.g. one waiting on a language model) is being prepared.</summary>
public static class TypingIndicator
{
    /// <summary>
    /// Calls <paramref name="signal"/> when <paramref name="work"/> is still running after <paramref name="after"/>, then every
    /// <see cref="TypingThrottle.Interval"/>, until the work ends or <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static async Task WhileRunningAsync(Task work, TimeSpan after, Func<CancellationToken, Task> signal, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(signal);
        var wait = after;
        while (true)
        {
            var first = await Task.WhenAny(work, Task.Delay(wait, time, cancellationToken)).ConfigureAwait(false);
            if (first == work || cancellationToken.IsCancellationRequested)
            {
                return;
            }

            await signal(cancellationToken).ConfigureAwait(false);
            wait = TypingThrottle.Interval;
        }
    }
}
