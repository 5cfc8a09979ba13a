using Assistant.BotFramework.Schema;

namespace Assistant.Web.DirectLine;

/// <summary>
/// One Direct Line conversation in memory (<see cref="State.MemoryDirectLineState"/>): its transcript for the stream (the last <c>capacity</c> activities, each
/// with a server id and a sequence number that is the watermark) and a signal for the WebSockets waiting on it.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, int capacity, DateTimeOffset expiresAt)
{
    private readonly Lock _gate = new();

    /// <summary>A ring of the last <c>capacity</c> activities: sequence <c>s</c> is at <c>(s - 1) % capacity</c>.</summary>
    private readonly Activity[] _activities = new Activity[Math.Max(1, capacity)];
    private long _last;
    private DateTimeOffset _lastActive;
    private DateTimeOffset _expiresAt = expiresAt;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    /// <summary>The user the conversation was opened for.</summary>
    public string UserId { get; } = userId;

    private long _forgottenThrough;
    private int _started;

    /// <summary>Whether the welcome was sent (POST /conversations happened).</summary>
    public bool Started => Volatile.Read(ref _started) == 1;

    /// <summary>Marks the welcome sent; true only for the first caller.</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Whether the conversation was ended or expired.</summary>
    public bool Ended { get; private set; }

    /// <summary>Whether it was opened without the secret (the page's token endpoint): such conversations have their own budget.</summary>
    public bool Anonymous { get; init; }

    /// <summary>When something last happened in it (opened, or an activity appended): idle ones are evicted first when the cap is reached.</summary>
    public DateTimeOffset LastActive
    {
        get { lock (_gate) { return _lastActive; } }
    }

    /// <summary>Marks the conversation active at <paramref name="now"/>.</summary>
    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now > _lastActive)
            {
                _lastActive = now;
            }
        }
    }

    public DateTimeOffset ExpiresAt
    {
        get { lock (_gate) { return _expiresAt; } }
    }

    /// <summary>Keeps the conversation at least until <paramref name="until"/>.</summary>
    public void Extend(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _expiresAt)
            {
                _expiresAt = until;
            }
        }
    }

    /// <summary>Stores <paramref name="activity"/> with id <c>{conversation}|{sequence}</c> and the time; wakes the streams.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource changed;
        Activity stored;
        lock (_gate)
        {
            var sequence = ++_last;
            stored = State.DirectLineActivityIds.Stamp(activity, Id, sequence, now);
            _activities[(sequence - 1) % _activities.Length] = stored;
            _lastActive = now > _lastActive ? now : _lastActive;

            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return stored;
    }

    /// <summary>The activities after <paramref name="watermark"/>, the new watermark, and a task completed by the next change.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark, Task Changed) Since(long watermark)
    {
        lock (_gate)
        {
            // Only the newest activities are kept: the oldest still held is the first after the watermark.
            // (The watermark is clamped first: a client's long.MaxValue must not overflow into a negative index.)
            var first = Math.Max(Math.Max(Math.Clamp(watermark, 0, _last) + 1, _last - _activities.Length + 1), _forgottenThrough + 1);
            var list = new List<Activity>((int)Math.Max(0, _last - first + 1));
            for (var sequence = first; sequence <= _last; sequence++)
            {
                list.Add(_activities[(sequence - 1) % _activities.Length]);
            }

            // A watermark beyond the last activity (a client out of step, or a hostile long.MaxValue) resumes from the last.
            return (list, _last, _changed.Task);
        }
    }

    /// <summary>Drops every activity held so far ("vergeet mij"); the numbering goes on, so watermarks stay valid.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _forgottenThrough = _last;
            Array.Clear(_activities);
        }
    }

    /// <summary>Ends the conversation and wakes its streams so they close.</summary>
    public void End()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            Ended = true;
            changed = _changed;
        }

        changed.TrySetResult();
    }
}
