using CivicCrm.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CivicCrm.Hosting;

/// <summary>The MVC twin of <see cref="UnitOfWorkEndpointFilter"/>: commits a form post's changes before its result runs.</summary>
internal sealed class UnitOfWorkActionFilter(IUnitOfWork unitOfWork) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method)
            || context.ActionDescriptor.EndpointMetadata.OfType<WithoutUnitOfWorkAttribute>().Any())
        {
            await next();
            return;
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var executed = await next();
        var failed = executed.Exception is not null && !executed.ExceptionHandled
            || executed.Result is IStatusCodeActionResult { StatusCode: >= 400 }
            || context.HttpContext.Response.StatusCode >= 400
            || !context.ModelState.IsValid;
        if (!failed)
        {
            await scope.CompleteAsync(cancellationToken);
        }
    }
}
