using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Modules;
using CivicCrm.Recipes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Hosting;

/// <summary>
/// Maps the platform's domain exceptions to problem responses in one place: validation to 400 naming each
/// field, missing content to 404, stale saves and state conflicts to 409. Anything else stays a 500.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ContentValidationException e => Validation(e.Errors.Select(x => (x.Path, x.Message))),
            ContentDefinitionException e => Validation(e.Errors.Select(x => (x.Path, x.Message))),
            RecipeException e => Validation(e.Errors.Select(x => ($"steps[{x.StepIndex}].{x.Path}".TrimEnd('.'), x.Message))),
            UnknownFeatureException e => Validation(e.FeatureIds.Select(id => ("featureIds", $"Unknown feature '{id}'."))),
            BadHttpRequestException e => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request is malformed.", Detail = e.Message },
            ContentNotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = e.Message },
            ContentConflictException e => Conflict(e.Message, e.Current),
            ContentStateException e => Conflict(e.Message, null),
            FeatureChangeRefusedException e => Conflict(e.Message, null),
            Documents.DocumentConflictException e => Conflict(e.Message, null),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Validation(IEnumerable<(string Path, string Message)> errors) =>
        new(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more values are not valid.",
        };

    private static ProblemDetails Conflict(string message, ContentItem? current)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = message };
        if (current is not null)
        {
            problem.Extensions["current"] = current;
        }

        return problem;
    }
}
