using System.Text.Json;

namespace Assistant.Web.Tests.Channels;

/// <summary>In Teams an answer comes as two messages: the answer, then its 👍/👎 row of its own (replaced by the vote once voted).</summary>
internal static class TeamsReplies
{
    /// <summary>The answer of a Teams turn's two replies; the second must be the feedback row.</summary>
    public static JsonElement Answer(IReadOnlyList<JsonElement> replies)
    {
        Assert.Equal(2, replies.Count);
        Assert.Contains("feedback-actions", replies[1].GetRawText(), StringComparison.Ordinal);
        Assert.False(replies[1].TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String, "the feedback row has no text");
        return replies[0];
    }
}
