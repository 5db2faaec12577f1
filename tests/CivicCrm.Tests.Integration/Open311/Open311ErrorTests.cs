using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Every refusal answers the spec's error list with the right status, in the requested format, and files nothing.</summary>
public class Open311ErrorTests(Open311SiteFactory site) : IClassFixture<Open311SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static (string, string)[] Pothole(params (string, string)[] changes)
    {
        var (lat, lon) = FreshPoint();
        var fields = new Dictionary<string, string>
        {
            ["api_key"] = SiteFactory.ApiKey, ["service_code"] = "POTHOLE", ["lat"] = lat.ToString(CultureInfo.InvariantCulture),
            ["long"] = lon.ToString(CultureInfo.InvariantCulture), ["attribute[size]"] = "small",
        };
        foreach (var (key, value) in changes)
        {
            if (value.Length == 0)
            {
                fields.Remove(key);
            }
            else
            {
                fields[key] = value;
            }
        }

        return fields.Select(f => (f.Key, f.Value)).ToArray();
    }

    [Fact]
    public async Task MissingKey_Is403_InXmlAndJson()
    {
        Assert.Contains("api_key", (await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("api_key", ""))), HttpStatusCode.Forbidden))[0], StringComparison.Ordinal);
        await JsonErrorsAsync(await _client.PostAsync($"{Base}/requests.json", Pothole(("api_key", ""))), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BadKey_Is403_WhetherInTheBodyOrTheQuery()
    {
        Assert.Contains("Invalid api_key", (await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("api_key", "not-a-key-of-this-city-0000000"))), HttpStatusCode.Forbidden))[0], StringComparison.Ordinal);
        await JsonErrorsAsync(await _client.PostAsync($"{Base}/requests.json?api_key=not-a-key-of-this-city-0000000", Pothole(("api_key", ""))), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokedKey_Is403()
    {
        var admin = site.CreateApiClient();
        var created = (await (await admin.PostAsJsonAsync("/api/api-keys", new { name = "revoked-app", role = "Administrator" })).Content.ReadFromJsonAsync<JsonObject>())!;
        await XmlAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("api_key", created["key"]!.GetValue<string>()))), HttpStatusCode.OK, "service_requests");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/api-keys/{created["id"]!.GetValue<string>()}")).StatusCode);
        await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("api_key", created["key"]!.GetValue<string>()))), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task KeyWithoutOpen311Permission_Is403()
    {
        var created = (await (await site.CreateApiClient().PostAsJsonAsync("/api/api-keys", new { name = "editor-app", role = "Editor" })).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("may not", (await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("api_key", created["key"]!.GetValue<string>()))), HttpStatusCode.Forbidden))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownService_Is404_AndMissingServiceCodeIs400()
    {
        Assert.Contains("NO-SUCH", (await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("service_code", "NO-SUCH"))), HttpStatusCode.NotFound))[0], StringComparison.Ordinal);
        await JsonErrorsAsync(await _client.GetAsync($"{Base}/services/NO-SUCH.json"), HttpStatusCode.NotFound);
        await XmlErrorsAsync(await _client.GetAsync($"{Base}/services/NO-SUCH.xml"), HttpStatusCode.NotFound);
        await XmlErrorsAsync(await _client.GetAsync($"{Base}/requests/ZZZZ-ZZZZ.xml"), HttpStatusCode.NotFound);
        Assert.Contains("service_code", (await JsonErrorsAsync(await _client.PostAsync($"{Base}/requests.json", Pothole(("service_code", ""))), HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRequiredAttribute_AndInvalidListValue_Are400NamingTheAttribute()
    {
        var missing = await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("attribute[size]", ""))), HttpStatusCode.BadRequest);
        Assert.Contains(missing, d => d.StartsWith("attribute[size]", StringComparison.Ordinal) && d.Contains("required", StringComparison.Ordinal));
        var invalid = await JsonErrorsAsync(await _client.PostAsync($"{Base}/requests.json", Pothole(("attribute[size]", "enormous"))), HttpStatusCode.BadRequest);
        Assert.Contains(invalid, d => d.StartsWith("attribute[size]", StringComparison.Ordinal) && d.Contains("enormous", StringComparison.Ordinal));
        var blocked = await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("service_code", "SIGNAL"), ("attribute[size]", ""), ("attribute[danger]", "yes"))), HttpStatusCode.BadRequest);
        Assert.Contains(blocked, d => d.Contains("911", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadCoordinates_NoLocation_AndBadMediaUrl_Are400()
    {
        Assert.Contains("lat", (await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("lat", "north"))), HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
        Assert.Contains("long", (await JsonErrorsAsync(await _client.PostAsync($"{Base}/requests.json", Pothole(("long", "200"))), HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
        Assert.Contains((await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("lat", ""), ("long", ""))), HttpStatusCode.BadRequest)),
            d => d.StartsWith("address_string", StringComparison.Ordinal));
        await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("media_url", "javascript:alert(1)"))), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OverLongDescription_Is400()
    {
        var errors = await XmlErrorsAsync(await _client.PostAsync($"{Base}/requests.xml", Pothole(("description", new string('x', 4001)))), HttpStatusCode.BadRequest);
        Assert.Contains(errors, d => d.StartsWith("description", StringComparison.Ordinal) && d.Contains("4000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadDates_AndWindowsOver90Days_Are400()
    {
        Assert.Contains("start_date", (await XmlErrorsAsync(await _client.GetAsync($"{Base}/requests.xml?start_date=yesterday"), HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
        Assert.Contains("end_date", (await JsonErrorsAsync(await _client.GetAsync($"{Base}/requests.json?end_date=2026-01-01T00:00:00"), HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
        Assert.Contains("90 days", (await XmlErrorsAsync(await _client.GetAsync($"{Base}/requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
        await JsonErrorsAsync(await _client.GetAsync($"{Base}/requests.json?start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z"), HttpStatusCode.BadRequest);
        await XmlErrorsAsync(await _client.GetAsync($"{Base}/servicerequestupdates.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-12-01T00:00:00Z"), HttpStatusCode.BadRequest);
        await JsonErrorsAsync(await _client.GetAsync($"{Base}/requests.json?status=pending"), HttpStatusCode.BadRequest);
        await JsonErrorsAsync(await _client.GetAsync($"{Base}/requests.json?page_size=5000"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WrongJurisdiction_Is404_TheRightOneAndNoneAreAccepted()
    {
        Assert.Contains("jurisdiction_id", (await XmlErrorsAsync(await _client.GetAsync($"{Base}/services.xml?jurisdiction_id=elsewhere.gov"), HttpStatusCode.NotFound))[0], StringComparison.Ordinal);
        await JsonErrorsAsync(await _client.PostAsync($"{Base}/requests.json", Pothole(("jurisdiction_id", "elsewhere.gov"))), HttpStatusCode.NotFound);
        await XmlAsync(await _client.GetAsync($"{Base}/services.xml?jurisdiction_id={Open311SiteFactory.Jurisdiction}"), HttpStatusCode.OK, "services");
        await XmlAsync(await _client.GetAsync($"{Base}/services.xml"), HttpStatusCode.OK, "services");
    }

    [Fact]
    public async Task UnknownFormat_AndJsonBody_AreRefusedAsErrors()
    {
        await XmlErrorsAsync(await _client.GetAsync($"{Base}/services.html"), HttpStatusCode.NotFound);
        var json = await _client.PostAsJsonAsync($"{Base}/requests.xml", new { service_code = "POTHOLE" });
        Assert.Contains("form-encoded", (await XmlErrorsAsync(json, HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
    }
}
