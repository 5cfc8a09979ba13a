using System.Net;
using Assistant.Web.Tests.DirectLine;

namespace Assistant.Web.Tests.Staff;

/// <summary>
/// The staff rule on <c>/staff</c> and <c>/api/staff/search</c>: loopback by default; with loopback turned off (how a
/// caller from another machine is simulated) only the access key opens them: the header, or the page's key form.
/// </summary>
public sealed class StaffAccessTests
{
    private const string Key = "staff-secret";
    private const string Search = "/api/staff/search?q=harelbeke";

    [Fact]
    public async Task Page_FromLoopback_IsTheDutchStaffPage()
    {
        using var host = new WebHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/staff");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/staff/staff.js\"", html, StringComparison.Ordinal);
        Assert.Contains("autofocus", html, StringComparison.Ordinal);
        using var script = await client.GetAsync("/staff/staff.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task PageAndApi_NotLoopbackWithoutKey_Are403()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Staff:AllowLoopback"] = "false", ["Assistant:Staff:AccessKey"] = Key });
        using var client = host.CreateClient();

        using var page = await client.GetAsync("/staff");
        using var api = await client.GetAsync(Search);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, Search);
        wrong.Headers.Add("X-Access-Key", "guess");
        using var wrongResponse = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("name=\"key\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("staff.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, wrongResponse.StatusCode);
    }

    [Fact]
    public async Task Api_NotLoopbackWithKeyHeader_Is200()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Staff:AllowLoopback"] = "false", ["Assistant:Staff:AccessKey"] = Key });
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Search);
        request.Headers.Add("X-Access-Key", Key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyForm_RightKey_SetsCookieThatOpensPageAndApi_WrongKeyDoesNot()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Staff:AllowLoopback"] = "false", ["Assistant:Staff:AccessKey"] = Key });
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(DirectLineClient.BaseAddress(host)) };

        using var wrong = await client.PostAsync("/staff", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "guess" }));
        using var right = await client.PostAsync("/staff", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key }));
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, cookie, StringComparison.Ordinal);
        var pair = cookie.Split(';')[0];

        using var page = new HttpRequestMessage(HttpMethod.Get, "/staff");
        page.Headers.Add("Cookie", pair);
        using var pageResponse = await client.SendAsync(page);
        using var api = new HttpRequestMessage(HttpMethod.Get, Search);
        api.Headers.Add("Cookie", pair);
        using var apiResponse = await client.SendAsync(api);
        using var forged = new HttpRequestMessage(HttpMethod.Get, Search);
        forged.Headers.Add("Cookie", "staff-access=forged");
        using var forgedResponse = await client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/staff", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apiResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedResponse.StatusCode);
    }
}
