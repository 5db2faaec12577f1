using Microsoft.AspNetCore.Authorization;

namespace CivicCrm.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
