using CivicCrm.Content.Metadata;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Contents.Endpoints;

/// <summary><c>/api/content-types</c>: the definitions API. Changes apply to the next save and editor.</summary>
public static class ContentTypeEndpoints
{
    public static void MapContentTypeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content-types").WithTags("Content definitions");
        group.MapGet("/", async (IContentDefinitionManager definitions, CancellationToken ct) =>
            TypedResults.Ok(await definitions.ListTypesAsync(ct))).RequirePermission(Permissions.ViewContent);
        group.MapGet("/{name}", GetAsync).RequirePermission(Permissions.ViewContent);
        group.MapPut("/{name}", SaveAsync).RequirePermission(Permissions.ManageContentTypes);
        group.MapDelete("/{name}", async (string name, IContentDefinitionManager definitions, CancellationToken ct) =>
            await definitions.DeleteTypeAsync(name, ct) ? Results.NoContent() : Results.NotFound())
            .RequirePermission(Permissions.ManageContentTypes);
    }

    private static async Task<Results<Ok<ContentTypeDefinition>, NotFound>> GetAsync(
        string name, IContentDefinitionManager definitions, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(name, cancellationToken) is { } type ? TypedResults.Ok(type) : TypedResults.NotFound();

    private static async Task<Results<Ok<ContentTypeDefinition>, ValidationProblem>> SaveAsync(
        string name, ContentTypeDefinition type, IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(type.Name) && !string.Equals(type.Name, name, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["The name in the body differs from the one in the address."] });
        }

        type.Name = name;
        await definitions.SaveTypeAsync(type, cancellationToken);
        return TypedResults.Ok((await definitions.GetTypeAsync(name, cancellationToken))!);
    }
}
