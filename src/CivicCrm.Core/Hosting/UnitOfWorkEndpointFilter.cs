using CivicCrm.Data;
using Microsoft.AspNetCore.Http;

namespace CivicCrm.Hosting;

/// <summary>
/// One transaction per data-changing API request, committed before the response is written: a response that
/// says "saved" is never followed by a failed commit, and a failed request leaves nothing behind. Endpoints with
/// <see cref="WithoutUnitOfWorkAttribute"/> metadata (e.g. a batched import) manage their own transactions.
/// </summary>
internal sealed class UnitOfWorkEndpointFilter(IUnitOfWork unitOfWork) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method)
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<WithoutUnitOfWorkAttribute>() is not null)
        {
            return await next(context);
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var result = await next(context);
        if (!IsError(result))
        {
            await scope.CompleteAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Error results roll back, including those wrapped in <c>Results&lt;…&gt;</c>.</summary>
    private static bool IsError(object? result) => result switch
    {
        INestedHttpResult nested => IsError(nested.Result),
        IStatusCodeHttpResult { StatusCode: >= 400 } => true,
        _ => false,
    };
}
