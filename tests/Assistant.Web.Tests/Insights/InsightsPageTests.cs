using System.Net;
using System.Text.Json;

namespace Assistant.Web.Tests.Insights;

/// <summary><c>/hr/insights</c>: the staff access rule, the chart as inline SVG, unanswered and 👎 questions per vacancy, redacted examples.</summary>
public sealed class InsightsPageTests
{
    private const string Key = "hr-secret";

    [Fact]
    public async Task Page_AfterQuestionsAndAThumbsDown_ShowsChartClustersAndRedactedExamples()
    {
        using var host = new WebHost();
        var conversation = Activities.NewConversation();
        await host.RepliesAsync(Activities.Message(conversation, "Tot wanneer kan ik solliciteren in Harelbeke?"));
        await host.RepliesAsync(Activities.Message(conversation, "Mag ik mijn kat meebrengen naar het werk? Groetjes, an.peeters@example.be"));
        var salary = Assert.Single(await host.RepliesAsync(Activities.Message(conversation, "Wat is het loon?")));
        var down = Assert.Single(Actions(salary), a => a.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("feedback", out var vote) && vote.GetString() == "down").GetProperty("data");
        await host.RepliesAsync(Activities.Message(conversation, null, value: JsonSerializer.Deserialize<object>(down.GetRawText())));
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/hr/insights?lang=en&since=2000-01-01");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"total-questions\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"total-down\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Deskundige Externe Communicatie", html, StringComparison.Ordinal);
        Assert.Contains("Mag ik mijn kat meebrengen naar het werk? Groetjes, [email]", html, StringComparison.Ordinal);
        Assert.Contains("Wat is het loon?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("example.be", html, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation, html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>Every card action anywhere in the reply's attachments (the feedback row's place in the card is not pinned here).</summary>
    private static IEnumerable<JsonElement> Actions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "actions" && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var action in property.Value.EnumerateArray())
                    {
                        yield return action;
                    }
                }

                foreach (var inner in Actions(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Actions(item))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public async Task Page_NotLoopbackWithoutKey_Is403WithTheKeyForm()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Staff:AllowLoopback"] = "false", ["Assistant:Staff:AccessKey"] = Key });
        using var client = host.CreateClient();

        using var denied = await client.GetAsync("/hr/insights");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hr/insights");
        request.Headers.Add("X-Access-Key", Key);
        using var allowed = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("name=\"key\"", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("<html lang=\"nl\">", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
