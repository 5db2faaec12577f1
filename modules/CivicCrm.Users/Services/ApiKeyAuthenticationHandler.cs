using System.Security.Claims;
using System.Text.Encodings.Web;
using CivicCrm.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Users.Services;

/// <summary>Signs a request in as the API key it carries (<c>X-Api-Key</c> header or <c>api_key</c> parameter).</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? plainText = Request.Headers[AuthenticationSchemes.ApiKeyHeader];
        plainText ??= Request.Query[AuthenticationSchemes.ApiKeyParameter];
        if (string.IsNullOrEmpty(plainText))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindValidAsync(plainText, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "apikey:" + key.Name), new Claim(ClaimTypes.Role, key.Role), new Claim("api_key_id", key.Id)],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
