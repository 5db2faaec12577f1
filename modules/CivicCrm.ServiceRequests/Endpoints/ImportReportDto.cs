using System.Text.Json.Serialization;
using CivicCrm.ServiceRequests.Import;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>The answer to an import: counts, created types, and the first errors by line (all are counted in <c>error_count</c>).</summary>
public sealed record ImportReportDto(
    [property: JsonPropertyName("imported")] int Imported,
    [property: JsonPropertyName("skipped_existing")] int SkippedExisting,
    [property: JsonPropertyName("linked_to_existing_problem")] int Linked,
    [property: JsonPropertyName("types_created")] IReadOnlyList<string> TypesCreated,
    [property: JsonPropertyName("error_count")] int ErrorCount,
    [property: JsonPropertyName("errors")] IReadOnlyList<ImportErrorDto> Errors)
{
    public static ImportReportDto From(ImportReport report) => new(
        report.Imported, report.SkippedExisting, report.Linked, report.TypesCreated, report.ErrorCount,
        report.Errors.OrderBy(e => e.Line).Select(e => new ImportErrorDto(e.Line, e.SourceId, e.Field, e.Message)).ToList());
}
