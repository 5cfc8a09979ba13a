using System.Security.Cryptography;
using System.Text;
using Assistant.Web.Ask;
using Assistant.Web.Hosting;

namespace Assistant.Web.Staff;

/// <summary>
/// Who may use the staff page and its API: what <see cref="StaffAccess"/> allows (loopback, the <c>X-Access-Key</c>
/// header), plus a browser that entered the access key once on the page's key form. That browser gets an HttpOnly,
/// SameSite=Strict session cookie holding a keyed hash (never the key itself); it stops working when the key changes.
/// </summary>
internal static class StaffGate
{
    public const string CookieName = "staff-access";
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("assistant staff page v1");

    public static bool IsAllowed(HttpContext http, StaffOptions options) =>
        StaffAccess.IsAllowed(http, options)
        || (!string.IsNullOrEmpty(options.AccessKey)
            && http.Request.Cookies[CookieName] is { Length: > 0 } cookie
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(Token(options.AccessKey))));

    /// <summary>Whether <paramref name="given"/> is the configured access key (constant time).</summary>
    public static bool IsKey(string? given, StaffOptions options) =>
        !string.IsNullOrEmpty(options.AccessKey) && !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(options.AccessKey)));

    /// <summary>Sets the session cookie that lets this browser in.</summary>
    public static void Admit(HttpContext http, StaffOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.AccessKey);
        http.Response.Cookies.Append(CookieName, Token(options.AccessKey), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });
    }

    private static string Token(string key) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Purpose)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
