using System.Text;
using System.Text.Json.Nodes;

namespace Assistant.Web.Tests.Probe;

/// <summary>
/// Deterministic generator of malformed activities (a seeded <see cref="Random"/>): a valid activity with one to three
/// mutations (a field set to a hostile value, a field removed, a list of nulls), or the JSON text itself broken
/// (truncated, a byte flipped, invalid UTF-8, a lone surrogate escape, deep nesting).
/// </summary>
public sealed class HostileInput(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Fields of an activity (dotted paths) the mutations aim at.</summary>
    private static readonly string[] Paths =
    [
        "type", "id", "timestamp", "localTimestamp", "localTimezone", "channelId", "serviceUrl", "from", "from.id", "from.name", "from.aadObjectId",
        "recipient", "recipient.id", "conversation", "conversation.id", "conversation.isGroup", "conversation.conversationType",
        "conversation.tenantId", "replyToId", "locale", "text", "textFormat", "entities", "attachments", "membersAdded", "membersRemoved",
        "channelData", "channelData.vacancyId", "channelData.tenant", "channelData.tenant.id", "value", "value.text", "value.action",
        "value.action.data", "name", "deliveryMode", "suggestedActions", "callerId", "action", "code", "expiration", "importance",
    ];

    private static readonly string[] Types = ["message", "conversationUpdate", "invoke", "event", "installationUpdate", "typing", "endOfConversation", "messageReaction", "Message", "MESSAGE", "x"];

    /// <summary>A hostile body for <c>/api/messages</c> or a Direct Line post (UTF-8 bytes, not always JSON).</summary>
    public byte[] Activity(string conversationId, string serviceUrl)
    {
        var activity = Valid(conversationId, serviceUrl);
        var mutations = 1 + _random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(activity);
        }

        var text = activity.ToJsonString();
        return _random.Next(8) == 0 ? Corrupt(text) : Encoding.UTF8.GetBytes(text);
    }

    /// <summary>A hostile watermark query value.</summary>
    public string Watermark() => Pick(["", "0", "1", "-1", "9223372036854775807", "9223372036854775806", "99999999999999999999", "abc", "1e5", "0x10", " 1", "%0A", "1.5", "-9223372036854775808", "4611686018427387904"]);

    /// <summary>A hostile path segment (a conversation id).</summary>
    public string PathSegment() => Pick(["x", "%0Aforged", "..", "%2e%2e", "a%00b", "%C0%AF", "%ED%A0%80", new string('a', 3000), "%E2%80%AE", "conv%0D%0Aid"]);

    /// <summary>A hostile Authorization header value (or null for none).</summary>
    public string? Authorization() => Pick<string?>([null, "", "Bearer", "Bearer ", "Bearer a.b", "Bearer ..", "Bearer x.y.z", "Basic Zm9vOmJhcg==", "Bearer " + new string('A', 5000), "Bearer eyJhbGciOiJub25lIn0.eyJ9.", "Bearer \t\t"]);

    /// <summary>A hostile JSON body for the token and conversation calls.</summary>
    public byte[] SmallBody()
    {
        var body = Pick<JsonNode?>([null, new JsonObject(), new JsonObject { ["user"] = Value() }, new JsonObject { ["user"] = new JsonObject { ["id"] = Value() } }, new JsonObject { ["locale"] = Value(), ["vacancy"] = Value() }, new JsonArray(Value()), Value()]);
        var text = body?.ToJsonString() ?? "null";
        return _random.Next(4) == 0 ? Corrupt(text) : Encoding.UTF8.GetBytes(text);
    }

    public int Next(int max) => _random.Next(max);

    private static JsonObject Valid(string conversationId, string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = "a-1",
        ["timestamp"] = "2025-12-01T10:00:00.000Z",
        ["channelId"] = "webchat",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Kandidaat" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "nl-BE",
        ["text"] = "hallo",
        ["deliveryMode"] = "expectReplies",
    };

    private void Mutate(JsonObject activity)
    {
        var path = Pick(Paths).Split('.');
        var parent = activity;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (parent[path[i]] is not JsonObject child)
            {
                child = new JsonObject();
                parent[path[i]] = child;
            }

            parent = child;
        }

        var name = path[^1];
        switch (_random.Next(10))
        {
            case 0:
                parent.Remove(name);
                break;
            case 1:
                parent[name] = new JsonArray(null, Value(), null);
                break;
            case 2 when name == "type":
                parent[name] = Pick(Types);
                break;
            default:
                parent[name] = Value();
                break;
        }
    }

    /// <summary>A hostile JSON value.</summary>
    private JsonNode? Value() => _random.Next(24) switch
    {
        0 => null,
        1 => "",
        2 => 0,
        3 => -1,
        4 => double.MaxValue,
        5 => long.MaxValue,
        6 => true,
        7 => new JsonArray(),
        8 => new JsonArray((JsonNode?)null),
        9 => new JsonObject(),
        10 => "not-a-date",
        11 => "2025-13-45T99:99:99Z",
        12 => "a\nb\r\nFORGED LOG LINE\u001b[31m",
        13 => new string('x', _random.Next(10, 6000)),
        14 => "http://169.254.169.254/latest/",
        15 => "file:///etc/passwd",
        16 => "\u0000\u0001\u007f",
        17 => "\U0001F600 ünïcödé ‮",
        18 => "../../etc",
        19 => new JsonObject { ["id"] = null, ["text"] = new JsonArray(1, 2), ["vacancyId"] = 5 },
        20 => "msteams",
        21 => new JsonObject { ["type"] = "mention", ["mentioned"] = null, ["text"] = null },
        22 => "9999-12-31T23:59:59.9999999+14:00",
        _ => new JsonArray(new JsonObject { ["type"] = null }, new JsonObject { ["contentType"] = 5, ["content"] = null }),
    };

    /// <summary>The JSON text broken at the byte level.</summary>
    private byte[] Corrupt(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (_random.Next(7))
        {
            case 0:
                return bytes[.._random.Next(bytes.Length)];
            case 1:
                bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                return bytes;
            case 2:
                return [.. bytes[..(bytes.Length / 2)], 0xC3, 0x28, 0xFF, .. bytes[(bytes.Length / 2)..]];
            case 3:
                return Encoding.UTF8.GetBytes(json.Replace("\"hallo\"", "\"\\ud800x\\udc00\"", StringComparison.Ordinal).Replace("\"user-1\"", "\"\\udfff\"", StringComparison.Ordinal));
            case 4:
                return Encoding.UTF8.GetBytes(new string('[', 300) + new string(']', 300));
            case 5:
                return Encoding.UTF8.GetBytes(json.Replace("\"webchat\"", "\"web\\u0000chat\"", StringComparison.Ordinal));
            default:
                return Encoding.UTF8.GetBytes(json.Replace("{", "{\"a\":1,\"a\":2,", StringComparison.Ordinal));
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
