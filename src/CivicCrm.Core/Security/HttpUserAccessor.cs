using Microsoft.AspNetCore.Http;

namespace CivicCrm.Security;

internal sealed class HttpUserAccessor(IHttpContextAccessor http) : IUserAccessor
{
    public string? UserName => http.HttpContext?.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
}
