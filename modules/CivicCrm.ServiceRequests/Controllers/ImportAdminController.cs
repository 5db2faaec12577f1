using System.Text;
using CivicCrm.Data;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Import;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>
/// The import page: an administrator uploads the previous system's requests (CSV with a header, or JSON lines) and sees
/// what was imported, linked and refused, row by row. Same importer as <c>POST /api/service-requests/import</c>.
/// </summary>
[Route("admin/import")]
[RequirePermission("ImportRequests")]
public sealed class ImportAdminController(ServiceRequestImporter importer) : Controller
{
    /// <summary>An upload of about 600k rows; the API takes more for scripted migrations.</summary>
    private const long MaxUploadBytes = 200L * 1024 * 1024;

    private const string Template =
        "source_id,service_code,service_name,department_code,status,requested_datetime,closed_datetime,lat,long,address_string,description\n" +
        "OLD-0001,POTHOLE,Pothole,STREETS,closed,2025-03-02T09:15:00Z,2025-03-05T16:40:00Z,41.8781,-87.6298,1200 N Main St,Deep pothole in the right lane\n";

    [HttpGet("")]
    public IActionResult Index() => View(new ImportPageViewModel());

    [HttpGet("template.csv")]
    public IActionResult TemplateFile() => File(Encoding.UTF8.GetBytes(Template), "text/csv", "service-requests-import.csv");

    [HttpPost("")]
    [WithoutUnitOfWork] // the importer commits in batches, like the API
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, bool createMissingTypes, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(file?.FileName ?? "").ToLowerInvariant();
        var error = file is null || file.Length == 0 ? "Choose a file to import."
            : extension is not (".csv" or ".jsonl" or ".ndjson") ? $"'{file.FileName}' is neither a .csv file nor a .jsonl (JSON lines) file."
            : null;
        if (error is not null)
        {
            return Invalid("file", error, createMissingTypes);
        }

        await using var stream = file!.OpenReadStream();
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
        var (rows, headerError) = await ImportRowReader.OpenAsync(text, csv: extension == ".csv", cancellationToken);
        if (rows is null)
        {
            return Invalid("file", headerError!, createMissingTypes);
        }

        var report = await importer.ImportAsync(rows, createMissingTypes, cancellationToken);
        return View("Index", new ImportPageViewModel { FileName = file.FileName, CreateMissingTypes = createMissingTypes, Report = report });
    }

    private ViewResult Invalid(string field, string message, bool createMissingTypes)
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new ImportPageViewModel { CreateMissingTypes = createMissingTypes });
    }
}
