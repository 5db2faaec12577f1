using Microsoft.AspNetCore.Http;

namespace CivicCrm.ServiceRequests.Email;

/// <summary>Absolute links for emails: the configured public address, else the current request's.</summary>
internal static class Links
{
    public static string Base(IHttpContextAccessor http, ServiceRequestsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        var request = http.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}";
    }
}
