using System.Security.Cryptography;
using System.Text;
using CivicCrm.Open311.Services;
using CivicCrm.Open311.Settings;
using CivicCrm.Open311.Wire;
using CivicCrm.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// What every Open311 call goes through, in order: the format, the form body, the rate limit (per API key, else per
/// client address), the jurisdiction, and the API key. A key is checked by the platform's API-key handler whether it
/// came in the query string or, as FixMyStreet sends it, in the form body.
/// </summary>
public sealed class Open311Gate(
    Open311SettingsStore settingsStore, Open311RateLimiter limiter, IPermissionService permissions, ILogger<Open311Gate> logger)
{
    private const string KeyParameter = AuthenticationSchemes.ApiKeyParameter;

    public static Open311Format? ParseFormat(string format) => format.ToUpperInvariant() switch
    {
        "XML" => Open311Format.Xml,
        "JSON" => Open311Format.Json,
        _ => null,
    };

    /// <summary>Admits the call, or answers the refusal. <paramref name="required"/>: the key must be sent and hold this permission.</summary>
    public async Task<(Open311Call? Call, IResult? Refusal)> EnterAsync(HttpContext http, string format, Permission? required, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } parsed)
        {
            return (null, Open311Response.Errors(StatusCodes.Status404NotFound, Open311Format.Xml,
                new Open311Error(404, $"The format '{format}' is not offered; use .xml or .json.")));
        }

        var settings = await settingsStore.GetAsync(cancellationToken);
        IFormCollection? form = null;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!http.Request.HasFormContentType)
            {
                return (null, Refuse(400, parsed, settings, "Send the parameters form-encoded (Content-Type: application/x-www-form-urlencoded)."));
            }

            try
            {
                form = await http.Request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                return (null, Refuse(400, parsed, settings, "The form body could not be read."));
            }
            catch (BadHttpRequestException e)
            {
                // E.g. a body over the server's size limit (413): answered here in the spec's shape, not as a problem document.
                return (null, Refuse(e.StatusCode, parsed, settings, $"The form body could not be read: {e.Message}"));
            }
        }

        var call = new Open311Call(parsed, settings, http.Request.Query, form, null);
        var key = call.Param(KeyParameter);
        var partition = key is null ? "ip:" + http.Connection.RemoteIpAddress : "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var (allowed, retryAfter) = await limiter.TryAcquireAsync(partition, settings.RateLimit, settings.RateLimitWindowSeconds, http.RequestAborted);
        if (!allowed)
        {
            Open311Log.RateLimited(logger, partition);
            http.Response.Headers.RetryAfter = retryAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (null, call.Errors(StatusCodes.Status429TooManyRequests, [new Open311Error(429,
                $"Too many requests: at most {settings.RateLimit} per {settings.RateLimitWindowSeconds} seconds for each api_key. Try again in {retryAfter} seconds.")]));
        }

        var jurisdiction = call.Param("jurisdiction_id");
        if (jurisdiction is not null && settings.JurisdictionId is not null && !string.Equals(jurisdiction, settings.JurisdictionId, StringComparison.OrdinalIgnoreCase))
        {
            return (null, call.Error(StatusCodes.Status404NotFound, $"jurisdiction_id '{jurisdiction}' was not found; this endpoint serves '{settings.JurisdictionId}'."));
        }

        if (key is null)
        {
            return required is null ? (call, null) : (null, call.Error(StatusCodes.Status403Forbidden, "api_key was not provided; it is required for this call."));
        }

        if (!http.Request.Headers.ContainsKey(AuthenticationSchemes.ApiKeyHeader) && !http.Request.Query.ContainsKey(KeyParameter))
        {
            // The platform's handler reads the header or the query string; a key posted in the form is handed to it there.
            http.Request.Headers[AuthenticationSchemes.ApiKeyHeader] = key;
        }

        var authenticated = await http.AuthenticateAsync(AuthenticationSchemes.ApiKey);
        if (!authenticated.Succeeded)
        {
            return (null, call.Error(StatusCodes.Status403Forbidden, "Invalid api_key received: it is unknown or revoked."));
        }

        http.User = authenticated.Principal;
        if (required is not null && !await permissions.HasAsync(authenticated.Principal, required.Name, cancellationToken))
        {
            return (null, call.Error(StatusCodes.Status403Forbidden, "This api_key may not make this call; ask the city for a key with Open311 access."));
        }

        return (new Open311Call(parsed, settings, http.Request.Query, form, authenticated.Principal), null);
    }

    private static Open311Response Refuse(int status, Open311Format format, Open311Settings settings, string description) =>
        new Open311Call(format, settings, QueryCollection.Empty, null, null).Error(status, description);
}
