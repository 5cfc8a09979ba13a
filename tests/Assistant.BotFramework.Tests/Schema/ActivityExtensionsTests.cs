using Assistant.BotFramework.Schema;

namespace Assistant.BotFramework.Tests.Schema;

public sealed class ActivityExtensionsTests
{
    private static Activity Incoming(string type = ActivityTypes.Message, string channelId = "msteams") => new()
    {
        Type = type,
        Id = "in-1",
        ChannelId = channelId,
        ServiceUrl = "https://smba.example/emea/",
        Locale = "fr-BE",
        From = new ChannelAccount { Id = "29:user", Name = "Ann", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Bot", Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = "conv-1", Name = "Chat", IsGroup = true, TenantId = "t1" },
        Text = "hallo",
    };

    [Fact]
    public void CreateReply_Message_SwapsAccountsAndCopiesRouting()
    {
        var sut = Incoming();

        var reply = sut.CreateReply("dag");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("dag", reply.Text);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("Bot", reply.From.Name);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.Equal("Chat", reply.Conversation.Name);
        Assert.True(reply.Conversation.IsGroup);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("https://smba.example/emea/", reply.ServiceUrl);
        Assert.Equal("fr-BE", reply.Locale);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public void CreateReply_ConversationUpdateOnDirectLine_HasNoReplyToId(string channelId)
    {
        var reply = Incoming(ActivityTypes.ConversationUpdate, channelId).CreateReply("welkom");

        Assert.Null(reply.ReplyToId);
    }

    [Fact]
    public void CreateReply_ConversationUpdateOnTeams_KeepsReplyToId()
    {
        var reply = Incoming(ActivityTypes.ConversationUpdate).CreateReply("welkom");

        Assert.Equal("in-1", reply.ReplyToId);
    }

    [Fact]
    public void RemoveMentionOf_BotMentioned_StripsMentionAndTrims()
    {
        var sut = ActivityJson.Deserialize("""
            {"type":"message","text":"<at>Vacature Bot</at> welke  jobs in Gent?","entities":[
              {"type":"mention","mentioned":{"id":"28:bot","name":"Vacature Bot"},"text":"<at>Vacature Bot</at>"},
              {"type":"mention","mentioned":{"id":"29:other","name":"Bob"},"text":"<at>Bob</at>"}]}
            """)!;

        var result = sut.RemoveMentionOf("28:bot");

        Assert.Equal("welke jobs in Gent?", result.Text);
    }

    [Fact]
    public void RemoveMentionOf_OtherUserMentioned_KeepsThatMention()
    {
        var sut = ActivityJson.Deserialize("""
            {"type":"message","text":"vraag aan <at>Bob</at>","entities":[
              {"type":"mention","mentioned":{"id":"29:other","name":"Bob"},"text":"<at>Bob</at>"}]}
            """)!;

        var result = sut.RemoveMentionOf("28:bot");

        Assert.Equal("vraag aan <at>Bob</at>", result.Text);
    }

    [Fact]
    public void RemoveMentionOf_NoEntities_ReturnsSameText()
    {
        var sut = Incoming();

        Assert.Equal("hallo", sut.RemoveMentionOf("28:bot").Text);
    }
}
