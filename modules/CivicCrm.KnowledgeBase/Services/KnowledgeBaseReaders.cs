using System.Security.Claims;
using CivicCrm.Security;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>Who is reading: staff (a signed-in user or API key holding ViewInternalKnowledgeBase) see internal items.</summary>
public sealed class KnowledgeBaseReaders(IPermissionService permissions)
{
    public async Task<bool> SeesInternalAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && await permissions.HasAsync(user, Permissions.ViewInternalKnowledgeBase.Name, cancellationToken);

    /// <summary>Editors reading a page are checking their own work, not residents reading an answer: their reads are not counted.</summary>
    public async Task<bool> IsEditorAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && await permissions.HasAsync(user, Permissions.EditKnowledgeBase.Name, cancellationToken);
}
