using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace CivicCrm.Modules;

/// <summary>Answers 404 for endpoints of disabled features, as if they were never there.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next, ModuleCatalog catalog)
{
    public Task InvokeAsync(HttpContext context, IFeatureManager features)
    {
        var endpoint = context.GetEndpoint();
        var featureId = endpoint?.Metadata.GetMetadata<FeatureEndpointMetadata>()?.FeatureId
            ?? (endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
                ? catalog.FeatureOf(action.ControllerTypeInfo.AsType())
                : null);
        if (featureId is not null && !features.IsEnabled(featureId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
