using Microsoft.AspNetCore.Builder;

namespace CivicCrm.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>The authorization policy name for a permission.</summary>
    public static string PolicyName(string permission) => "permission:" + permission;

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder
        => builder.RequireAuthorization(PolicyName(permission.Name));
}
