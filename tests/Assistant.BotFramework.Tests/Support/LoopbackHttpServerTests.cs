using System.Net;

namespace Assistant.BotFramework.Tests.Support;

public sealed class LoopbackHttpServerTests
{
    [Fact]
    public async Task AHandlerThatFails_LosesThatRequestOnly()
    {
        using var server = new FailingFirstServer();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // The failed request is aborted (a reset or an empty answer, depending on the listener); it never gets the answer.
        try
        {
            using var first = await client.GetAsync(new Uri(server.BaseUrl + "/first"));
            Assert.NotEqual(HttpStatusCode.NoContent, first.StatusCode);
        }
        catch (HttpRequestException)
        {
        }

        using var second = await client.GetAsync(new Uri(server.BaseUrl + "/second"));

        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(2, server.Seen);
    }

    private sealed class FailingFirstServer : LoopbackHttpServer
    {
        private int seen;

        public int Seen => seen;

        protected override Task HandleAsync(HttpListenerContext context)
        {
            if (Interlocked.Increment(ref seen) == 1)
            {
                throw new IOException("the client went away");
            }

            context.Response.StatusCode = (int)HttpStatusCode.NoContent;
            context.Response.Close();
            return Task.CompletedTask;
        }
    }
}
