using System.Security.Claims;
using CivicCrm.Security;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>Who is reading: staff (a signed-in user or API key holding ViewInternalKnowledgeBase) see internal items.</summary>
public sealed class KnowledgeBaseReaders(IPermissionService permissions)
{
    public async Task<bool> SeesInternalAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && await permissions.HasAsync(user, Permissions.ViewInternalKnowledgeBase.Name, cancellationToken);
}
