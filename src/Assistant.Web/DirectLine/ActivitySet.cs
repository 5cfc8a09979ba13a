using Assistant.BotFramework.Schema;

namespace Assistant.Web.DirectLine;

/// <summary>A page of the transcript: <c>{activities, watermark}</c> (polling responses and WebSocket frames).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
