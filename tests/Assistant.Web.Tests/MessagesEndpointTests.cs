using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests;

public sealed class MessagesEndpointTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private WebHost Host => fixture.Host;

    [Fact]
    public async Task Post_DeadlineQuestionExpectReplies_AnswersWithDateCardAndCitation()
    {
        var replies = await Host.RepliesAsync(Activities.Message(Activities.NewConversation(), "Tot wanneer kan ik solliciteren in Harelbeke?", "expectReplies"));

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Contains("14 december 2025", reply.GetProperty("text").GetString());
        Assert.Equal("nl", reply.GetProperty("locale").GetString());
        Assert.Equal("bot-1", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user-1", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.StartsWith("act-", reply.GetProperty("replyToId").GetString());
        Assert.False(reply.TryGetProperty("id", out _));
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal("https://schema.org/Message", reply.GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_FollowUpInSameConversation_UsesContext()
    {
        var conversation = Activities.NewConversation();
        await Host.RepliesAsync(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?"));

        var replies = await Host.RepliesAsync(Activities.Message(conversation, "hallo"));

        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(replies).GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Post_ConversationUpdateWithUser_Welcomes()
    {
        var replies = await Host.RepliesAsync(Activities.ConversationUpdate(Activities.NewConversation()));

        var reply = Assert.Single(replies);
        Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("text").GetString()));
        Assert.False(reply.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task Post_ActionSubmitWithValueText_AnswersTheValueText()
    {
        var replies = await Host.RepliesAsync(Activities.Message(Activities.NewConversation(), null, "expectReplies", value: new { text = "Tot wanneer kan ik solliciteren in Harelbeke?" }));

        Assert.Contains("14 december 2025", Assert.Single(replies).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_BotMentionInText_IsStripped()
    {
        var activity = new
        {
            type = "message", id = "m1", channelId = "msteams", serviceUrl = "http://127.0.0.1:1/", deliveryMode = "expectReplies",
            from = new { id = "user-1" }, recipient = new { id = "bot-1", name = "Vacaturebot" },
            conversation = new { id = Activities.NewConversation() },
            text = "<at>Vacaturebot</at> Tot wanneer kan ik solliciteren in Harelbeke?",
            entities = new[] { new { type = "mention", mentioned = new { id = "bot-1", name = "Vacaturebot" }, text = "<at>Vacaturebot</at>" } },
        };

        var replies = await Host.RepliesAsync(activity);

        Assert.Contains("14 december 2025", Assistant.Web.Tests.Channels.TeamsReplies.Answer(replies).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_Is400ProblemWithoutStackTrace()
    {
        using var response = await Host.PostActivityAsync("{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task Post_MissingConversation_Is400Problem()
    {
        using var response = await Host.PostActivityAsync("{\"type\":\"message\",\"text\":\"hallo\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_BodyOver64KB_Is413()
    {
        using var response = await Host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), new string('a', 70_000))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_TextOver4000Chars_Is413()
    {
        using var response = await Host.PostActivityAsync(Activities.Json(Activities.Message(Activities.NewConversation(), new string('a', 4001))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("somethingNew")]
    public async Task Post_OtherTypes_Are200AndIgnored(string type)
    {
        using var response = await Host.PostActivityAsync($"{{\"type\":\"{type}\",\"channelId\":\"webchat\",\"conversation\":{{\"id\":\"x\"}}}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"message\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_InvokeAdaptiveCardAction_AnswersInBody()
    {
        var json = "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"inv-1\"},"
            + "\"from\":{\"id\":\"user-1\"},\"recipient\":{\"id\":\"bot-1\"},"
            + "\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"ask\",\"data\":{\"text\":\"Tot wanneer kan ik solliciteren in Harelbeke?\"}},\"trigger\":\"manual\"}}";

        using var response = await Host.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains("14 december 2025", body.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Post_InvokeWithMalformedValue_Is400()
    {
        using var response = await Host.PostActivityAsync("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"conversation\":{\"id\":\"inv-2\"},\"value\":{\"action\":42}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownInvoke_Is501()
    {
        using var response = await Host.PostActivityAsync("{\"type\":\"invoke\",\"name\":\"composeExtension/fetchTask\",\"conversation\":{\"id\":\"inv-3\"}}");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_MessageExtensionQuery_ReturnsVacancyCardsOrBadRequestWithoutValue()
    {
        var json = "{\"type\":\"invoke\",\"name\":\"composeExtension/query\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"inv-5\"},"
            + "\"from\":{\"id\":\"user-1\"},\"recipient\":{\"id\":\"bot-1\"},\"locale\":\"en-US\","
            + "\"value\":{\"commandId\":\"searchVacancies\",\"parameters\":[{\"name\":\"searchQuery\",\"value\":\"Kortrijk\"}]}}";

        using var response = await Host.PostActivityAsync(json);
        using var empty = await Host.PostActivityAsync("{\"type\":\"invoke\",\"name\":\"composeExtension/query\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"inv-6\"}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("composeExtension");
        var card = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Contains("Kortrijk", card.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.Equal("en", card.GetProperty("content").GetProperty("lang").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeWithExpectReplies_IsStillAnsweredWithTheInvokeResponse()
    {
        var json = "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"inv-4\"},\"deliveryMode\":\"expectReplies\","
            + "\"from\":{\"id\":\"user-1\"},\"recipient\":{\"id\":\"bot-1\"},"
            + "\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"ask\",\"data\":{\"text\":\"Tot wanneer kan ik solliciteren in Harelbeke?\"}},\"trigger\":\"manual\"}}";

        using var response = await Host.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("activities", out _));
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_InvokeActionExecuteWithoutText_Is400()
    {
        using var response = await Host.PostActivityAsync("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"conversation\":{\"id\":\"inv-5\"},\"value\":{\"action\":{\"type\":\"Action.Execute\",\"data\":{}}}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
