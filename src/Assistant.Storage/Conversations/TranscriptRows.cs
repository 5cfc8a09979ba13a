using System.Data.Common;
using System.Globalization;
using Assistant.Core.Conversations;

namespace Assistant.Storage.Conversations;

/// <summary>Transcript lines from the rows every store's transcript query returns: ticks, offset minutes, role, text, vacancy.</summary>
internal static class TranscriptRows
{
    public static async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(DbDataReader reader, string conversationId, CancellationToken cancellationToken)
    {
        var entries = new List<TranscriptEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var offset = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            var at = new DateTimeOffset(reader.GetInt64(0), TimeSpan.FromMinutes(offset));
            entries.Add(new TranscriptEntry(conversationId, at, reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return entries;
    }

    /// <summary>
    /// Insights rows: the columns of <see cref="ReadAsync"/> followed by conversation id, turn id, source and vacancy id.
    /// </summary>
    public static async Task<IReadOnlyList<TranscriptEntry>> ReadInsightsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var entries = new List<TranscriptEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var offset = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            var at = new DateTimeOffset(reader.GetInt64(0), TimeSpan.FromMinutes(offset));
            entries.Add(new TranscriptEntry(reader.GetString(5), at, reader.GetString(2), reader.GetString(3), NullableString(reader, 4))
            {
                TurnId = NullableString(reader, 6),
                Source = NullableString(reader, 7),
                VacancyId = NullableString(reader, 8),
            });
        }

        return entries;
    }

    /// <summary>Votes from rows of turn id, vote, UTC ticks, intent, source, vacancy id.</summary>
    public static async Task<IReadOnlyList<TurnFeedback>> ReadFeedbackAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var votes = new List<TurnFeedback>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            votes.Add(new TurnFeedback(reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero),
                NullableString(reader, 3), NullableString(reader, 4), NullableString(reader, 5)));
        }

        return votes;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
