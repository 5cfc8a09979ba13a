using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.BotFramework.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.BotFramework.Tests.Auth;

/// <summary>Serves OpenID metadata and JWKS for the channel and Entra on loopback HTTP.</summary>
public sealed class MetadataServer : LoopbackHttpServer
{
    public RSA Rsa { get; } = RSA.Create(2048);

    public string ChannelMetadataUrl => $"{BaseUrl}/channel/openid";

    public string EntraTemplate => BaseUrl + "/entra/{tenant}/v2.0/.well-known/openid-configuration";

    public SigningCredentials Credentials(string kid, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(Rsa) { KeyId = kid }, algorithm);

    public override void Dispose()
    {
        base.Dispose();
        Rsa.Dispose();
    }

    protected override async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var body = path switch
        {
            "/channel/openid" => Metadata("https://api.botframework.com", "/channel/keys"),
            "/channel/keys" => Keys(("plain", null), ("teams", ["msteams"])),
            "/entra/keys" => Keys(("entra", null)),
            _ when path.StartsWith("/entra/", StringComparison.Ordinal) && path.EndsWith("/openid-configuration", StringComparison.Ordinal)
                => Metadata($"https://login.microsoftonline.com/{path.Split('/')[2]}/v2.0", "/entra/keys"),
            _ => null,
        };
        context.Response.StatusCode = body is null ? 404 : 200;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body ?? "{}");
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private string Metadata(string issuer, string keysPath) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = BaseUrl + keysPath,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private string Keys(params (string Kid, string[]? Endorsements)[] keys)
    {
        var parameters = Rsa.ExportParameters(false);
        var list = keys.Select(k =>
        {
            var jwk = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = k.Kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (k.Endorsements is not null)
            {
                jwk["endorsements"] = k.Endorsements;
            }

            return jwk;
        });
        return JsonSerializer.Serialize(new { keys = list });
    }
}
