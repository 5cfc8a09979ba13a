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
}
