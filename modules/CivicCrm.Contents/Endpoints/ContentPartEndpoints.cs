using CivicCrm.Content.Metadata;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Contents.Endpoints;

/// <summary><c>/api/content-parts</c>: parts and their fields with settings.</summary>
public static class ContentPartEndpoints
{
    public static void MapContentPartEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content-parts").WithTags("Content definitions");
        group.MapGet("/", async (IContentDefinitionManager definitions, CancellationToken ct) =>
            TypedResults.Ok(await definitions.ListPartsAsync(ct))).RequirePermission(Permissions.ViewContent);
        group.MapGet("/{name}", async (string name, IContentDefinitionManager definitions, CancellationToken ct) =>
            await definitions.GetPartAsync(name, ct) is { } part ? Results.Ok(part) : Results.NotFound())
            .RequirePermission(Permissions.ViewContent);
        group.MapPut("/{name}", SaveAsync).RequirePermission(Permissions.ManageContentTypes);
        group.MapDelete("/{name}", async (string name, IContentDefinitionManager definitions, CancellationToken ct) =>
            await definitions.DeletePartAsync(name, ct) ? Results.NoContent() : Results.NotFound())
            .RequirePermission(Permissions.ManageContentTypes);
    }

    private static async Task<Results<Ok<ContentPartDefinition>, ValidationProblem>> SaveAsync(
        string name, ContentPartDefinition part, IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(part.Name) && !string.Equals(part.Name, name, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["The name in the body differs from the one in the address."] });
        }

        part.Name = name;
        await definitions.SavePartAsync(part, cancellationToken);
        return TypedResults.Ok((await definitions.GetPartAsync(name, cancellationToken))!);
    }
}
