using System.Security.Cryptography;
using System.Text;
using Assistant.Web.Hosting;
using Assistant.Web.Http;

namespace Assistant.Web.Ask;

/// <summary>Who may call <c>/api/ask</c>: loopback clients (unless turned off) and holders of the configured access key.</summary>
public static class StaffAccess
{
    public const string HeaderName = "X-Access-Key";

    public static bool IsAllowed(HttpContext context, StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowLoopback && ClientAddress.IsLoopback(context))
        {
            return true;
        }

        var given = context.Request.Headers[HeaderName].ToString();
        return !string.IsNullOrEmpty(options.AccessKey)
            && given.Length > 0
            && CryptographicOperations.FixedTimeEquals(Hash(given), Hash(options.AccessKey));
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
