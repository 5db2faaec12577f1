using Microsoft.AspNetCore.Authorization;

namespace CivicCrm.Security;

/// <summary>Controller or action attribute: the user must hold the named permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionEndpointExtensions.PolicyName(permission));
