using CivicCrm.Features.ViewModels;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Features.Endpoints;

/// <summary><c>/api/features</c>: list, enable (with dependencies), disable (with dependents).</summary>
public static class FeatureEndpoints
{
    public static void MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/features").WithTags("Features").RequirePermission(Permissions.ManageFeatures);
        group.MapGet("/", (IFeatureManager features) => TypedResults.Ok(FeatureRow.List(features)));
        group.MapPost("/enable", async (FeatureChangeInput input, IFeatureManager features, CancellationToken ct) =>
            await ChangeAsync(input, ids => features.EnableAsync(ids, ct), enable: true));
        group.MapPost("/disable", async (FeatureChangeInput input, IFeatureManager features, CancellationToken ct) =>
            await ChangeAsync(input, ids => features.DisableAsync(ids, ct), enable: false));
    }

    private static async Task<Results<Ok<FeatureChangeResult>, ValidationProblem>> ChangeAsync(
        FeatureChangeInput input, Func<IReadOnlyList<string>, Task<IReadOnlyList<string>>> change, bool enable)
    {
        if (input.FeatureIds is not { Count: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["featureIds"] = ["Name at least one feature id."] });
        }

        var changed = await change(input.FeatureIds);
        return TypedResults.Ok(enable ? new FeatureChangeResult(changed, []) : new FeatureChangeResult([], changed));
    }
}
