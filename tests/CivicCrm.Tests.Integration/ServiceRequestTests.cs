using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

public class ServiceRequestTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    /// <summary>A point of its own per test (spread over the city), so tests never see each other's reports.</summary>
    private static (double Lat, double Lon) FreshPoint() => TestPoints.Fresh();

    private async Task<JsonObject> FileAsync(object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", body);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {json}");
        return json!;
    }

    [Fact]
    public async Task Filing_GivesTrackingNumber_PromisedDate_AndAWorkItemForTheOwningDepartment()
    {
        var (lat, lon) = FreshPoint();

        var filed = await FileAsync(new { service_code = "POTHOLE", lat, @long = lon, attributes = new Dictionary<string, string[]> { ["size"] = ["large"] }, description = "Deep hole in the bus lane." });

        var tracking = filed["service_request_id"]!.GetValue<string>();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", tracking);
        Assert.NotNull(filed["expected_datetime"]);
        var detail = await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}");
        var item = detail!["work_items"]!.AsArray().Single()!;
        Assert.Equal("STREETS", item["department_code"]!.GetValue<string>());
        Assert.Equal(filed["expected_datetime"]!.GetValue<DateTime>(), item["due_datetime"]!.GetValue<DateTime>());
        Assert.Equal("submitted", detail["status"]!.GetValue<string>());
        Assert.Equal("large", detail["attributes"]!["size"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInput_Answers400NamingEachField_AndStoresNothing()
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "SIGNAL", lat = 95.0, @long = -87.6, description = "<b>hi</b>",
            attributes = new Dictionary<string, string[]> { ["danger"] = ["yes"], ["colour"] = ["red"] },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["attribute[colour]", "attribute[danger]", "attribute[problem]", "description", "lat"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("This is an emergency: hang up and call 911 now.", errors["attribute[danger]"]![0]!.GetValue<string>());

        var unknown = await _api.PostAsJsonAsync("/api/service-requests", new { service_code = "NOPE", address_string = "1 Main St" });
        Assert.Contains("There is no service with the code 'NOPE'.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadContactMediaAndAnswers_Answer400NamingTheField_NeverADatabaseError()
    {
        var (lat, lon) = FreshPoint();
        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "POTHOLE", lat, @long = lon, attributes = new Dictionary<string, string[]> { ["size"] = ["large"] },
            email = new string('a', 250) + "@example.org", phone = "<script>x</script>", media_url = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["email", "media_url", "phone"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));

        var tooLong = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "POTHOLE", lat, @long = lon, attributes = new Dictionary<string, string[]> { ["size"] = ["large"] },
            media_url = "https://photos.example.org/" + new string('p', 1000),
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("media_url must be at most 1000 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachingToAProblemOfAnotherType_IsRefused()
    {
        var (lat, lon) = FreshPoint();
        var pothole = await FileAsync(new { service_code = "POTHOLE", lat, @long = lon, attributes = new Dictionary<string, string[]> { ["size"] = ["small"] } });

        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "GRAFFITI", lat, @long = lon, problem_id = pothole["problem_id"]!.GetValue<long>(),
            attributes = new Dictionary<string, string[]> { ["surface"] = ["fence"], ["offensive"] = ["no"] },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That problem is not a Graffiti", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NearbyReport_IsACandidate_AndApiIntakeLinksItToTheSameProblem()
    {
        var (lat, lon) = FreshPoint();
        var first = await FileAsync(new { service_code = "STREETLIGHT", lat, @long = lon, attributes = new Dictionary<string, string[]> { ["state"] = ["out"] } });

        var candidates = await _api.GetFromJsonAsync<JsonArray>(FormattableString.Invariant($"/api/service-requests/duplicate-candidates?service_code=STREETLIGHT&lat={lat + 0.0002}&long={lon}"));
        var candidate = candidates!.Single()!;
        Assert.Equal(first["service_request_id"]!.GetValue<string>(), candidate["service_request_id"]!.GetValue<string>());
        Assert.InRange(candidate["distance_m"]!.GetValue<double>(), 15, 30);

        var second = await FileAsync(new { service_code = "STREETLIGHT", lat = lat + 0.0001, @long = lon, attributes = new Dictionary<string, string[]> { ["state"] = ["flicker"] } });
        Assert.True(second["linked_to_existing_problem"]!.GetValue<bool>());
        Assert.Equal(first["problem_id"]!.GetValue<long>(), second["problem_id"]!.GetValue<long>());

        var before = await _api.GetFromJsonAsync<JsonArray>(FormattableString.Invariant($"/api/service-requests/duplicate-candidates?service_code=STREETLIGHT&lat={lat}&long={lon}&as_of=2020-01-01T00:00:00Z"));
        Assert.Empty(before!);
    }

    [Fact]
    public async Task SameAddress_RanksAboveANearerPoint()
    {
        var (lat, lon) = FreshPoint();
        var street = $"{Random.Shared.Next(100, 9999)} North Elm Street";
        var atAddress = await FileAsync(new { service_code = "GRAFFITI", address_string = street + ", Riverton", attributes = Graffiti() });
        var nearby = await FileAsync(new { service_code = "GRAFFITI", lat, @long = lon, attributes = Graffiti(), channel = "phone" });

        var candidates = await _api.GetFromJsonAsync<JsonArray>(FormattableString.Invariant($"/api/service-requests/duplicate-candidates?service_code=GRAFFITI&lat={lat + 0.00005}&long={lon}&address_string={Uri.EscapeDataString(street.ToUpperInvariant().Replace("NORTH", "N", StringComparison.Ordinal).Replace("STREET", "ST", StringComparison.Ordinal))}"));

        Assert.Equal([atAddress["problem_id"]!.GetValue<long>(), nearby["problem_id"]!.GetValue<long>()], candidates!.Select(c => c!["problem_id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task OpenProblemAtTheSameAddress_StaysACandidate_BeyondTheWindow_ProximityDoesNot()
    {
        var (lat, lon) = FreshPoint();
        var street = $"{Random.Shared.Next(100, 9999)} E Vacant Row";
        var old = await FileAsync(new { service_code = "GRAFFITI", address_string = street, lat, @long = lon, attributes = Graffiti() });
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.DbContext>();
            var id = old["problem_id"]!.GetValue<long>();
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
                db.Set<CivicCrm.ServiceRequests.Models.Problem>().Where(p => p.Id == id),
                s => s.SetProperty(p => p.CreatedUtc, DateTime.UtcNow.AddDays(-200)));
        }

        var byAddress = await _api.GetFromJsonAsync<JsonArray>($"/api/service-requests/duplicate-candidates?service_code=GRAFFITI&address_string={Uri.EscapeDataString(street)}");
        var byPoint = await _api.GetFromJsonAsync<JsonArray>(FormattableString.Invariant($"/api/service-requests/duplicate-candidates?service_code=GRAFFITI&lat={lat}&long={lon}"));

        Assert.Equal(old["problem_id"]!.GetValue<long>(), byAddress!.Single()!["problem_id"]!.GetValue<long>());
        Assert.Empty(byPoint!);
    }

    [Fact]
    public async Task StatusChanges_AreRecorded_PublicNotesShowOnTheStatusPage_InternalOnesDoNot()
    {
        var (lat, lon) = FreshPoint();
        var filed = await FileAsync(new { service_code = "TREE-TRIM", lat, @long = lon });
        var tracking = filed["service_request_id"]!.GetValue<string>();

        var ack = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "acknowledged", note = "A crew will come next week.", @public = true });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var hold = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "on_hold", note = "Waiting for the bucket truck repair.", @public = false });
        Assert.Equal(HttpStatusCode.OK, hold.StatusCode);
        var bad = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "teleported" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var bareDuplicate = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "duplicate" });
        Assert.Equal(HttpStatusCode.BadRequest, bareDuplicate.StatusCode);
        Assert.Contains("merge it into the original problem", await bareDuplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await site.CreateClient().GetStringAsync($"/requests/{tracking}");
        Assert.Contains("A crew will come next week.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("bucket truck", page, StringComparison.Ordinal);
        Assert.Contains("On hold", page, StringComparison.Ordinal);
        var history = (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}"))!["history"]!.AsArray();
        Assert.Equal(["filed", "status", "status"], history.Select(h => h!["kind"]!.GetValue<string>()));
        Assert.Equal("apikey:Setup", history[1]!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Resident_ReportsOnTheWeb_SeesCandidates_AttachesToTheOriginal()
    {
        var (lat, lon) = FreshPoint();
        var first = await FileAsync(new { service_code = "POTHOLE", lat, @long = lon, attributes = new Dictionary<string, string[]> { ["size"] = ["small"] } });
        var resident = site.CreateBrowserClient();
        var fields = new Dictionary<string, string>
        {
            ["attribute[size]"] = "medium", ["lat"] = FormattableString.Invariant($"{lat + 0.0001}"), ["long"] = FormattableString.Invariant($"{lon}"),
            ["email"] = "resident@example.org",
        };

        var candidates = await resident.PostFormAsync("/requests/new/POTHOLE", "/requests/new/POTHOLE", fields);
        var html = await candidates.Content.ReadAsStringAsync();
        Assert.Contains("Is one of these your problem?", html, StringComparison.Ordinal);

        var attached = await resident.PostWithPageTokenAsync("/requests/new/POTHOLE", "/requests/new/POTHOLE",
            new Dictionary<string, string>(fields) { ["problem_id"] = first["problem_id"]!.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var status = await resident.GetStringAsync(attached.Headers.Location!.OriginalString);
        Assert.Contains("your report was added to theirs", status, StringComparison.Ordinal);
        Assert.DoesNotContain("resident@example.org", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPagesAndOpen311_ShowTheBuilding_NeverTheReportersUnit_StaffSeeIt()
    {
        var (lat, lon) = FreshPoint();
        var street = $"{Random.Shared.Next(100, 9999)} Tenement Row";
        var filed = await FileAsync(new { service_code = "BUILDING", lat, @long = lon, address_string = $"{street} Apt 4B, Riverton", email = "tenant@example.org" });
        var tracking = filed["service_request_id"]!.GetValue<string>();
        var anyone = site.CreateClient();

        var page = await anyone.GetStringAsync($"/requests/{tracking}");
        var open311 = (await anyone.GetFromJsonAsync<JsonArray>($"/open311/v2/requests/{tracking}.json"))![0]!;
        var list = await anyone.GetStringAsync("/requests/open?type=BUILDING");
        var staff = (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}"))!;

        Assert.Contains($"{street}, Riverton", page, StringComparison.Ordinal);
        Assert.DoesNotContain("4B", page, StringComparison.Ordinal);
        Assert.Equal($"{street}, Riverton", open311["address"]!.GetValue<string>());
        Assert.Contains($"{street}, Riverton", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"{street} Apt 4B", list, StringComparison.Ordinal);
        Assert.Equal($"{street} Apt 4B, Riverton", staff["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task StatusPage_UnknownNumber_Answers404WithTheLookupForm()
    {
        var response = await site.CreateClient().GetAsync("/requests/ZZZZ-ZZZZ");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We found no request with the number", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string[]> Graffiti() => new() { ["surface"] = ["fence"], ["offensive"] = ["no"] };
}
