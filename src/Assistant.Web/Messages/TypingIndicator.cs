using Assistant.BotFramework.Connector;

namespace Assistant.Web.Messages;

/// <summary>Shows "typing" while a slow turn (e.g. one waiting on a language model) is being prepared.</summary>
public static class TypingIndicator
{
    /// <summary>
    /// Awaits <paramref name="work"/>. When the turn is still running after <paramref name="after"/> (zero = never), calls
    /// <paramref name="signal"/>, then every <see cref="TypingThrottle.Interval"/> until the turn ends.
    /// </summary>
    public static async Task<T> AwaitAsync<T>(
        Task<T> work, TimeSpan after, Func<CancellationToken, Task> signal, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(signal);
        if (work.IsCompleted || after <= TimeSpan.Zero)
        {
            return await work.ConfigureAwait(false);
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = WhileRunningAsync(work, after, signal, time, done.Token);
        try
        {
            return await work.ConfigureAwait(false);
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private static async Task WhileRunningAsync(Task work, TimeSpan after, Func<CancellationToken, Task> signal, TimeProvider time, CancellationToken cancellationToken)
    {
        var wait = after;
        try
        {
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
        catch (OperationCanceledException)
        {
        }
    }
}
