using CivicCrm.Open311.Wire;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// An unexpected failure on an <c>/open311/</c> route still answers what Open311 clients can read: the spec's error
/// list with code 500, in the format of the route's suffix (XML unless it ends in <c>.json</c>), without the exception's
/// details, which are logged once here instead. Other routes are left to the platform's handlers.
/// </summary>
internal sealed class Open311ExceptionHandler(ILogger<Open311ExceptionHandler> logger) : IExceptionHandler
{
    public const string Description = "The city's Open311 service could not answer this call because of an error on its side; try again later.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!path.StartsWith("/open311/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Open311Log.CallFailed(logger, httpContext.Request.Method, path, exception);
        var format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Open311Format.Json : Open311Format.Xml;
        await Open311Response.Errors(StatusCodes.Status500InternalServerError, format, new Open311Error(StatusCodes.Status500InternalServerError, Description))
            .ExecuteAsync(httpContext);
        return true;
    }
}
