namespace CivicCrm.Security;

public static class AuthenticationSchemes
{
    /// <summary>The default scheme: forwards to <see cref="ApiKey"/> when a key is sent, else to <see cref="Cookie"/>.</summary>
    public const string Default = "CivicCrm";
    public const string ApiKey = "ApiKey";
    /// <summary>The staff sign-in cookie; the same name ASP.NET Core Identity signs in with.</summary>
    public const string Cookie = "Identity.Application";

    /// <summary>The header that carries an API key on <c>/api/*</c>.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The query-string parameter that carries an API key (Open311 clients send it this way).</summary>
    public const string ApiKeyParameter = "api_key";
}
