using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Assistant.Web.Messages;

/// <summary>The SDK's wire JSON (Newtonsoft; nulls omitted, ISO dates in UTC), and the bridge to the Direct Line server's own types.</summary>
public static class BotJson
{
    /// <summary>Serializer settings for activities and invoke/expectReplies bodies.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        MaxDepth = 128,
    };

    /// <summary>Reads an activity; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Activity? Read(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings);

    /// <summary>Writes any SDK object (an activity, <c>ExpectedReplies</c>, an invoke body).</summary>
    public static string Write(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>A Direct Line activity (our System.Text.Json types) as the SDK's activity.</summary>
    public static Activity FromDirectLine(BotFramework.Schema.Activity activity) =>
        Read(BotFramework.Schema.ActivityJson.Serialize(activity)) ?? throw new InvalidOperationException("The activity did not convert.");

    /// <summary>An SDK activity as a Direct Line activity (our System.Text.Json types).</summary>
    public static BotFramework.Schema.Activity ToDirectLine(Activity activity) =>
        BotFramework.Schema.ActivityJson.Deserialize(Write(activity)) ?? throw new InvalidOperationException("The activity did not convert.");

    /// <summary>The response of an invoke or expectReplies turn.</summary>
    public static IResult Result(InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Content(Write(response.Body), "application/json", System.Text.Encoding.UTF8, response.Status);
    }
}
