using System.Text.Json;
using Assistant.BotFramework.Schema;
using Assistant.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine.State;

/// <summary>
/// The Direct Line conversations in PostgreSQL (<see cref="PostgresDirectLineStore"/>), so any instance serves any conversation;
/// a new activity wakes the streams of every instance through LISTEN/NOTIFY (<see cref="PostgresNotifications"/>), and at once
/// the ones of this instance.
/// </summary>
public sealed class PostgresDirectLineState(PostgresDirectLineStore store, PostgresNotifications notifications, IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineState
{
    private readonly DirectLineOptions _options = options.Value;

    public Task<bool> CreateAsync(string id, string userId, DateTimeOffset expiresAt, bool anonymous, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var budget = new DirectLineBudget(
            _options.MaxConversations,
            Math.Max(1, _options.MaxConversations - _options.ReservedForSecretConversations),
            (now - _options.IdleConversationTime).UtcTicks);
        return store.CreateAsync(id, userId, expiresAt.UtcTicks, now.UtcTicks, anonymous, budget, cancellationToken);
    }

    public async Task<DirectLineConversationInfo?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        await store.FindAsync(id, time.GetUtcNow().UtcTicks, cancellationToken).ConfigureAwait(false) is { } row
            ? new DirectLineConversationInfo(row.Id, row.UserId, row.Started, new DateTimeOffset(row.ExpiresAtTicks, TimeSpan.Zero))
            : null;

    public Task ExtendAsync(string id, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        store.ExtendAsync(id, until.UtcTicks, cancellationToken);

    public Task<bool> TryStartAsync(string id, CancellationToken cancellationToken = default) => store.TryStartAsync(id, cancellationToken);

    public async Task<Activity?> AppendAsync(string id, Activity activity, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity? stored = null;
        var appended = await store.AppendAsync(id, now.UtcTicks, sequence =>
        {
            stored = DirectLineActivityIds.Stamp(activity, id, sequence, now);
            return JsonSerializer.Serialize(stored, ActivityJson.Options);
        }, _options.MaxActivitiesPerConversation, cancellationToken).ConfigureAwait(false);
        if (appended is null)
        {
            return null;
        }

        notifications.Wake(id);
        return stored;
    }

    public async Task<(IReadOnlyList<Activity> Activities, long Watermark)> SinceAsync(string id, long watermark, CancellationToken cancellationToken = default)
    {
        var (rows, last) = await store.SinceAsync(id, Math.Max(watermark, 0), cancellationToken).ConfigureAwait(false);
        var activities = rows.Select(json => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!).ToList();
        // A watermark beyond the last activity resumes from the last (as in memory).
        return (activities, last);
    }

    public Task NextChange(string id) => notifications.NextAsync(id);

    public Task ForgetActivitiesAsync(string id, CancellationToken cancellationToken = default) => store.ForgetActivitiesAsync(id, cancellationToken);
}
