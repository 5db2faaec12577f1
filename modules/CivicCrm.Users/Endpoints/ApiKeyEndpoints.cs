using CivicCrm.Security;
using CivicCrm.Users.Models;
using CivicCrm.Users.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Endpoints;

/// <summary><c>/api/api-keys</c>: list, issue (the key is in the response, once) and revoke.</summary>
public static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/api-keys").WithTags("API keys").RequirePermission(Permissions.ManageApiKeys);
        group.MapGet("/", async (DbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.CreatedUtc)
                .Select(k => new ApiKeyDto(k.Id, k.Name, k.Role, k.Prefix, k.CreatedUtc, k.RevokedUtc)).ToListAsync(ct)));
        group.MapPost("/", CreateAsync);
        group.MapDelete("/{id}", async (string id, ApiKeyService keys, CancellationToken ct) =>
            await keys.RevokeAsync(id, ct) ? Results.NoContent() : Results.NotFound());
    }

    private static async Task<Results<Created<CreatedApiKeyDto>, ValidationProblem>> CreateAsync(
        CreateApiKeyInput input, ApiKeyService keys, RoleManager<IdentityRole> roles, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        var known = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        if (!known.Contains(input.Role ?? "", StringComparer.Ordinal))
        {
            errors["role"] = [$"role must be one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (key, plainText) = await keys.CreateAsync(input.Name!, input.Role!, null, cancellationToken);
        return TypedResults.Created($"/api/api-keys/{key.Id}", new CreatedApiKeyDto(key.Id, key.Name, key.Role, plainText));
    }
}
