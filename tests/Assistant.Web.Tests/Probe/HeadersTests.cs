using System.Net;
using Assistant.Web.Hosting;
using Assistant.Web.Staff;
using Assistant.Web.Tests.DirectLine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Web.Tests.Probe;

/// <summary>Probe finding 6: the page's Content-Security-Policy, nosniff on the JSON APIs, and the staff login cookie.</summary>
public sealed class HeadersTests : IClassFixture<WebHostFixture>
{
    private const string Key = "staff-key-for-tests";
    private readonly WebHost _host;

    public HeadersTests(WebHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task Page_HasAContentSecurityPolicy_WithoutInlineOrEvaluatedScript_AndTheStreamAllowed()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("ws://" + new Uri(DirectLineClient.BaseAddress(_host)).Authority, policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public void Policy_NamesTheRemoteDirectLineService_WhenOneIsConfigured()
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("jobs.example.org");

        var policy = Assistant.Web.Http.SecurityHeaders.WebChatPolicy(http.Request, new Assistant.Web.Page.WebChatOptions { DirectLineUrl = "https://directline.example.net/v3/directline" });

        Assert.Contains("connect-src 'self' wss://jobs.example.org https://directline.example.net wss://directline.example.net;", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/ask?q=hallo")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/readyz")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("POST", "/api/messages")]
    public async Task JsonApis_AreNosniff(string method, string path)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task StaffLogin_FreshValueEachTime_WithExpiry_HttpOnlyStrict_AndExpiresAfterTheSession()
    {
        var clock = new FakeTimeProvider(WebHost.Now);
        using var host = new WebHost(
            new Dictionary<string, string?> { ["Assistant:Staff:AccessKey"] = Key, ["Assistant:Staff:AllowLoopback"] = "false", ["Assistant:Staff:SessionHours"] = "8" },
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(DirectLineClient.BaseAddress(host)) };

        var first = await LoginAsync(client);
        var second = await LoginAsync(client);

        Assert.NotEqual(first.Split(';')[0], second.Split(';')[0]);
        Assert.Contains("httponly", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=28800", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", first.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, await PageStatusAsync(client, first));

        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Forbidden, await PageStatusAsync(client, first));
    }

    [Fact]
    public void StaffCookie_IsSecure_OnHttps()
    {
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Scheme = "https";

        StaffGate.Admit(http, new StaffOptions { AccessKey = Key });

        var cookie = http.Response.Headers.SetCookie.ToString();
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StaffCookie_MadeWithAnotherKey_OrTampered_IsRefused()
    {
        var expires = WebHost.Now.AddHours(1);
        var value = StaffGate.NewValue(Key, expires);

        Assert.True(StaffGate.IsValid(value, Key, WebHost.Now));
        Assert.False(StaffGate.IsValid(value, "another-key", WebHost.Now));
        Assert.False(StaffGate.IsValid(value.Replace(".", ".9", StringComparison.Ordinal), Key, WebHost.Now));
        Assert.False(StaffGate.IsValid(value, Key, expires));
    }

    private static async Task<string> LoginAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/staff", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key }));
        return Assert.Single(response.Headers.GetValues("Set-Cookie"));
    }

    private static async Task<HttpStatusCode> PageStatusAsync(HttpClient client, string setCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", setCookie.Split(';')[0]);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
