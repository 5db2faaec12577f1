using CivicCrm.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Localization;

/// <summary>
/// ASP.NET Core request localization whose cultures come from the site settings, which are data and may change
/// at runtime (a recipe, another node). It applies to MVC pages only: JSON endpoints and the health check never
/// wait on the settings. The inner middleware is rebuilt only when the settings' cultures change.
/// </summary>
internal sealed class SiteLocalizationMiddleware(RequestDelegate next, ILoggerFactory loggerFactory)
{
    private Built? _current; // replaced whole, so readers on other threads see a consistent pair

    public async Task InvokeAsync(HttpContext context, ISiteSettings settings)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
        {
            await next(context);
            return;
        }

        var cultures = SiteCultures.From(await settings.GetAsync(context.RequestAborted));
        var current = _current;
        if (current is null || current.Key != cultures.Key)
        {
            current = new Built(cultures.Key, new RequestLocalizationMiddleware(next, Options.Create(cultures.ToOptions()), loggerFactory));
            _current = current;
        }

        await current.Middleware.Invoke(context);
    }

    private sealed record Built(string Key, RequestLocalizationMiddleware Middleware);
}
