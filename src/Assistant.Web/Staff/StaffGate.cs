using System.Security.Cryptography;
using System.Text;
using Assistant.Web.Ask;
using Assistant.Web.Hosting;

namespace Assistant.Web.Staff;

/// <summary>
/// Who may use the staff page and its API: what <see cref="StaffAccess"/> allows (loopback, the <c>X-Access-Key</c>
/// header), plus a browser that entered the access key once on the page's key form. That browser gets an HttpOnly,
/// SameSite=Strict cookie (Secure on HTTPS) with a fresh random value per login that expires after
/// <see cref="StaffOptions.SessionHours"/>: <c>{nonce}.{expiry}.{mac}</c>, the MAC keyed by the access key (never the key
/// itself), so every instance sharing the key accepts it and it stops working when the key changes or the time is up.
/// </summary>
internal static class StaffGate
{
    public const string CookieName = "staff-access";
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("assistant staff page v2");

    public static bool IsAllowed(HttpContext http, StaffOptions options) =>
        StaffAccess.IsAllowed(http, options)
        || (!string.IsNullOrEmpty(options.AccessKey)
            && http.Request.Cookies[CookieName] is { Length: > 0 } cookie
            && IsValid(cookie, options.AccessKey, Now(http)));

    /// <summary>Whether <paramref name="cookie"/> is a login value made with <paramref name="key"/> that has not expired at <paramref name="now"/>.</summary>
    public static bool IsValid(string cookie, string key, DateTimeOffset now)
    {
        var parts = cookie.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expiry))
        {
            return false;
        }

        var expected = Mac(key, parts[0], parts[1]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(expected))
            && now.ToUnixTimeSeconds() < expiry;
    }

    /// <summary>A new login value (random nonce) valid until <paramref name="expires"/>.</summary>
    public static string NewValue(string key, DateTimeOffset expires)
    {
        var nonce = Base64Url(RandomNumberGenerator.GetBytes(18));
        var expiry = expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{nonce}.{expiry}.{Mac(key, nonce, expiry)}";
    }

    /// <summary>Whether <paramref name="given"/> is the configured access key (constant time).</summary>
    public static bool IsKey(string? given, StaffOptions options) =>
        !string.IsNullOrEmpty(options.AccessKey) && !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(options.AccessKey)));

    /// <summary>Sets the login cookie that lets this browser in (a fresh value, expiring after <see cref="StaffOptions.SessionHours"/>).</summary>
    public static void Admit(HttpContext http, StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.AccessKey);
        var expires = Now(http).AddHours(options.SessionHours);
        http.Response.Cookies.Append(CookieName, NewValue(options.AccessKey, expires), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
            IsEssential = true,
            Expires = expires,
            MaxAge = TimeSpan.FromHours(options.SessionHours),
        });
    }

    private static DateTimeOffset Now(HttpContext http) => (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();

    private static string Mac(string key, string nonce, string expiry)
    {
        var macKey = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Purpose);
        return Base64Url(HMACSHA256.HashData(macKey, Encoding.ASCII.GetBytes(nonce + "." + expiry)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
