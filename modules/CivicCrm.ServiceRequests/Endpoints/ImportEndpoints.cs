using System.Text;
using CivicCrm.Data;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>
/// <c>POST /api/service-requests/import</c>: historical requests from a city's previous system, as CSV or JSON lines,
/// streamed and committed in batches (so it opts out of the request-wide transaction).
/// </summary>
public static class ImportEndpoints
{
    /// <summary>A 100k-row file is about 30 MB, Kestrel's default limit; allow far more, still bounded.</summary>
    private const long MaxBodyBytes = 2L * 1024 * 1024 * 1024;

    public static void MapImportEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/service-requests/import", ImportAsync)
            .WithTags("Service requests")
            .WithMetadata(new WithoutUnitOfWorkAttribute())
            .RequirePermission(Permissions.ImportRequests);

    private static async Task<Results<Ok<ImportReportDto>, ValidationProblem>> ImportAsync(
        HttpRequest request, ServiceRequestImporter importer, [FromQuery(Name = "create_missing_types")] bool? createMissingTypes,
        CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/csv" or "application/x-ndjson" or "application/jsonl"))
        {
            return Invalid("content_type", "Send text/csv (with a header line) or application/x-ndjson (one JSON object per line).");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        using var text = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
        var (rows, error) = await ImportRowReader.OpenAsync(text, csv: mediaType == "text/csv", cancellationToken);
        if (rows is null)
        {
            return Invalid("header", error!);
        }

        var report = await importer.ImportAsync(rows, createMissingTypes ?? false, cancellationToken);
        return TypedResults.Ok(ImportReportDto.From(report));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
