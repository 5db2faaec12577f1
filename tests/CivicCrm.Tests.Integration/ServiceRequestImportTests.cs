using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

public class ServiceRequestImportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Header = "source_id,service_code,service_name,department_code,status,requested_datetime,closed_datetime,lat,long,address_string,description";

    private readonly HttpClient _api = site.CreateApiClient();

    /// <summary>Source ids and points of its own per test, so tests never see each other's rows.</summary>
    private readonly string _run = Guid.NewGuid().ToString("n")[..8];

    private static (double Lat, double Lon) FreshPoint() => TestPoints.Fresh();

    private async Task<JsonObject> ImportAsync(string body, string query = "", string mediaType = "text/csv")
    {
        var response = await _api.PostAsync($"/api/service-requests/import{query}", new StringContent(body, Encoding.UTF8, mediaType));
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {json}");
        return json!;
    }

    private async Task<ServiceRequest> StoredAsync(string sourceId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.SourceId == sourceId);
    }

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public async Task UnknownType_IsRefusedWithoutTheFlag_AndCreatedForReviewWithIt()
    {
        var code = $"OLD-{_run}".ToUpperInvariant();
        var body = Csv($"{_run}-1,{code},\"Overgrown lot, vacant\",PARKS,open,2024-05-01T10:00:00Z,,,,\"12 Oak St\",");

        var refused = await ImportAsync(body);
        var created = await ImportAsync(body, "?create_missing_types=true");

        Assert.Equal(0, refused["imported"]!.GetValue<int>());
        var error = refused["errors"]!.AsArray().Single()!;
        Assert.Equal((2, "service_code", $"{_run}-1"), (error["line"]!.GetValue<int>(), error["field"]!.GetValue<string>(), error["source_id"]!.GetValue<string>()));
        Assert.Equal(1, created["imported"]!.GetValue<int>());
        Assert.Equal([code], created["types_created"]!.AsArray().Select(c => c!.GetValue<string>()));
        await using var scope = site.Services.CreateAsyncScope();
        var type = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<RequestType>().SingleAsync(t => t.Code == code);
        Assert.Equal(("Overgrown lot, vacant", "PARKS", true), (type.Name, type.DepartmentCode, type.NeedsReview));
    }

    [Fact]
    public async Task CreatedType_WithAnUnknownDepartment_GoesToTheTriageQueue()
    {
        var code = $"NEW-{_run}".ToUpperInvariant();

        await ImportAsync(Csv($"{_run}-1,{code},Odd smell,NO-SUCH-DEPT,open,2024-05-01T10:00:00Z,,,,1 Elm St,"), "?create_missing_types=true");

        var stored = await StoredAsync($"{_run}-1");
        var detail = await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{stored.TrackingNumber}");
        Assert.Equal("UNASSIGNED", detail!["work_items"]!.AsArray().Single()!["department_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadRows_AreReportedByLineAndField_GoodRowsAreImported()
    {
        var (lat, lon) = FreshPoint();
        var body = Csv(
            FormattableString.Invariant($"{_run}-1,POTHOLE,,,open,2024-05-01T10:00:00Z,,{lat},{lon},,"),
            FormattableString.Invariant($"{_run}-2,POTHOLE,,,open,01/05/2024 10:00,,{lat},{lon},,"),
            FormattableString.Invariant($"{_run}-3,POTHOLE,,,open,2024-05-01T11:00:00Z,,95.5,{lon},,\"multi\nline\""),
            FormattableString.Invariant($"{_run}-4,POTHOLE,,,open,2024-05-01T12:00:00Z,,{lat},east,,"));

        var report = await ImportAsync(body);

        Assert.Equal(1, report["imported"]!.GetValue<int>());
        Assert.Equal(3, report["error_count"]!.GetValue<int>());
        Assert.Equal([(3, "requested_datetime"), (4, "lat"), (6, "long")],
            report["errors"]!.AsArray().Select(e => (e!["line"]!.GetValue<int>(), e["field"]!.GetValue<string>())));
    }

    [Fact]
    public async Task ReImport_SkipsRowsAlreadyImported()
    {
        var (lat, lon) = FreshPoint();
        var body = Csv(FormattableString.Invariant($"{_run}-1,GRAFFITI,,,open,2024-05-01T10:00:00Z,,{lat},{lon},,"), $"{_run}-2,GRAFFITI,,,closed,2024-05-02T10:00:00Z,2024-05-03T10:00:00Z,,,9 Pine St,");

        var first = await ImportAsync(body);
        var again = await ImportAsync(body);

        Assert.Equal((2, 0), (first["imported"]!.GetValue<int>(), first["skipped_existing"]!.GetValue<int>()));
        Assert.Equal((0, 2), (again["imported"]!.GetValue<int>(), again["skipped_existing"]!.GetValue<int>()));
    }

    [Fact]
    public async Task RowsNearAnEarlierOpenProblem_AreLinkedToIt_EvenWhenTheFileIsNotSorted()
    {
        var (lat, lon) = FreshPoint();
        var body = Csv(
            FormattableString.Invariant($"{_run}-later,STREETLIGHT,,,open,2024-05-01T12:00:00Z,,{lat + 0.0001},{lon},,"),
            FormattableString.Invariant($"{_run}-first,STREETLIGHT,,,open,2024-05-01T10:00:00Z,,{lat},{lon},,"),
            FormattableString.Invariant($"{_run}-far,STREETLIGHT,,,open,2024-05-01T11:00:00Z,,{lat + 0.01},{lon},,"));

        var report = await ImportAsync(body);

        Assert.Equal(1, report["linked_to_existing_problem"]!.GetValue<int>());
        var (first, later, far) = (await StoredAsync($"{_run}-first"), await StoredAsync($"{_run}-later"), await StoredAsync($"{_run}-far"));
        Assert.Equal(first.ProblemId, later.ProblemId);
        Assert.NotEqual(first.ProblemId, far.ProblemId);
        Assert.Equal(Channel.Import, later.Channel);
    }

    [Fact]
    public async Task ClosedRows_KeepTheirTimesAndStatus_WithHistoryAtTheOriginalInstants()
    {
        var (lat, lon) = FreshPoint();

        await ImportAsync(Csv(FormattableString.Invariant($"{_run}-1,TREE-TRIM,,,closed,2023-03-01T08:30:00Z,2023-03-04T16:00:00Z,{lat},{lon},,Branch over the road")));

        var stored = await StoredAsync($"{_run}-1");
        Assert.Equal((RequestStatus.Closed, new DateTime(2023, 3, 4, 16, 0, 0)), (stored.Status, stored.ClosedUtc!.Value));
        var detail = (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{stored.TrackingNumber}"))!;
        Assert.Equal("closed", detail["status"]!.GetValue<string>());
        Assert.Equal(new DateTime(2023, 3, 1, 8, 30, 0, DateTimeKind.Utc), detail["requested_datetime"]!.GetValue<DateTime>().ToUniversalTime());
        var history = detail["history"]!.AsArray();
        Assert.Equal(["filed", "status"], history.Select(h => h!["kind"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal("import", h!["actor"]!.GetValue<string>()));
        Assert.Equal(new DateTime(2023, 3, 4, 16, 0, 0, DateTimeKind.Utc), history[1]!["datetime"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Fact]
    public async Task JsonLines_AreImportedLikeCsv_AndAnInvalidLineIsReported()
    {
        var (lat, lon) = FreshPoint();
        var body = FormattableString.Invariant($$"""
            {"source_id":"{{_run}}-1","service_code":"SIDEWALK","requested_datetime":"2024-02-01T09:00:00Z","lat":{{lat}},"long":{{lon}}}

            not json
            {"source_id":"{{_run}}-2","service_code":"SIDEWALK","requested_datetime":"2024-02-02T09:00:00Z","status":"resolved","address_string":"5 Main St"}
            """);

        var report = await ImportAsync(body, mediaType: "application/x-ndjson");

        Assert.Equal(2, report["imported"]!.GetValue<int>());
        Assert.Equal(3, report["errors"]!.AsArray().Single()!["line"]!.GetValue<int>());
        Assert.Equal(RequestStatus.Resolved, (await StoredAsync($"{_run}-2")).Status);
    }

    [Fact]
    public async Task MissingHeaderColumnOrWrongContentType_Answers400NamingIt()
    {
        var noColumn = await _api.PostAsync("/api/service-requests/import", new StringContent("id,service_code\n1,POTHOLE\n", Encoding.UTF8, "text/csv"));
        var wrongType = await _api.PostAsync("/api/service-requests/import", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noColumn.StatusCode);
        Assert.Contains("source_id", (await noColumn.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["header"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.NotNull((await wrongType.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["content_type"]);
    }

    [Fact]
    public async Task WithoutAnApiKey_Answers401_AndImportsNothing()
    {
        var response = await site.CreateClient().PostAsync("/api/service-requests/import",
            new StringContent(Csv($"{_run}-1,POTHOLE,,,open,2024-05-01T10:00:00Z,,,,1 Main St,"), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DbContext>().Set<ServiceRequest>().AnyAsync(r => r.SourceId == $"{_run}-1"));
    }
}
