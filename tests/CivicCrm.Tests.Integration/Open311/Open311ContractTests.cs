using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Every GeoReport v2 endpoint in XML (read as FixMyStreet reads it) and JSON (validated against the Open311 schemas).</summary>
public class Open311ContractTests(Open311SiteFactory site) : IClassFixture<Open311SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<string> FilePotholeAsync(string format = "xml", params (string, string)[] extra)
    {
        var (lat, lon) = FreshPoint();
        (string, string)[] fields =
        [
            ("api_key", SiteFactory.ApiKey), ("jurisdiction_id", Open311SiteFactory.Jurisdiction), ("service_code", "POTHOLE"),
            ("lat", lat.ToString(CultureInfo.InvariantCulture)), ("long", lon.ToString(CultureInfo.InvariantCulture)),
            ("attribute[size]", "large"), ("description", "Deep hole in the right lane, café side"), .. extra,
        ];
        var response = await _client.PostAsync($"{Base}/requests.{format}", fields);
        return format == "xml"
            ? (await XmlAsync(response, HttpStatusCode.OK, "service_requests")).Element("request")!.Element("service_request_id")!.Value
            : (await JsonAsync(response, HttpStatusCode.OK))[0]!["service_request_id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Discovery_NamesTheEndpointAndFormats_InXmlAndJson()
    {
        var xml = await XmlAsync(await _client.GetAsync("/open311/discovery.xml"), HttpStatusCode.OK, "discovery");
        var endpoint = xml.Element("endpoints")!.Element("endpoint")!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.EndsWith("/open311/v2", endpoint.Element("url")!.Value, StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        AssertInstant(xml.Element("changeset")!.Value);

        var json = await JsonAsync(await _client.GetAsync("/open311/discovery.json"), HttpStatusCode.OK);
        Assert.Equal("production", json["endpoints"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(2, json["endpoints"]![0]!["formats"]!.AsArray().Count);
    }

    [Fact]
    public async Task Services_ListEveryActiveType_WithGroupKeywordsMetadataAndType()
    {
        var xml = await XmlAsync(await _client.GetAsync($"{Base}/services.xml"), HttpStatusCode.OK, "services");
        var pothole = xml.Elements("service").Single(s => s.Element("service_code")!.Value == "POTHOLE");
        Assert.Equal("Pothole", pothole.Element("service_name")!.Value);
        Assert.Equal("true", pothole.Element("metadata")!.Value);
        Assert.Equal("realtime", pothole.Element("type")!.Value);
        Assert.Equal("Streets", pothole.Element("group")!.Value);
        Assert.Contains("asphalt", pothole.Element("keywords")!.Value, StringComparison.Ordinal);
        var sweep = xml.Elements("service").Single(s => s.Element("service_code")!.Value == "STREET-SWEEP");
        Assert.Equal("false", sweep.Element("metadata")!.Value);
        Assert.Equal("batch", xml.Elements("service").Single(s => s.Element("service_code")!.Value == "GRAFFITI").Element("type")!.Value);

        var json = (await JsonAsync(await _client.GetAsync($"{Base}/services.json"), HttpStatusCode.OK, "services.json")).AsArray();
        Assert.Equal(xml.Elements("service").Count(), json.Count);
        Assert.All(json, s => Assert.IsType<string>(s!["service_code"]!.GetValue<object>().ToString()));
    }

    [Fact]
    public async Task ServiceDefinition_MapsQuestionsToAttributes_WithValuesOrderAndRequired()
    {
        var xml = await XmlAsync(await _client.GetAsync($"{Base}/services/MISSED-TRASH.xml"), HttpStatusCode.OK, "service_definition");
        Assert.Equal("MISSED-TRASH", xml.Element("service_code")!.Value);
        var bin = xml.Element("attributes")!.Elements("attribute").Single(a => a.Element("code")!.Value == "bin");
        Assert.Equal("multivaluelist", bin.Element("datatype")!.Value);
        Assert.Equal("true", bin.Element("required")!.Value);
        Assert.Equal("true", bin.Element("variable")!.Value);
        Assert.Equal("1", bin.Element("order")!.Value);
        Assert.Equal("Which bin was missed?", bin.Element("description")!.Value);
        Assert.Contains(bin.Element("values")!.Elements("value"), v => v.Element("key")!.Value == "recycling" && v.Element("name")!.Value == "Recycling");

        var json = await JsonAsync(await _client.GetAsync($"{Base}/services/BULKY.json"), HttpStatusCode.OK, "service-definition.json");
        var attributes = json["attributes"]!.AsArray();
        Assert.Equal("text", attributes.Single(a => a!["code"]!.GetValue<string>() == "items")!["datatype"]!.GetValue<string>());
        Assert.Null(attributes.Single(a => a!["code"]!.GetValue<string>() == "items")!["values"]);
        var street = await JsonAsync(await _client.GetAsync($"{Base}/services/STREETLIGHT.json"), HttpStatusCode.OK, "service-definition.json");
        Assert.Equal("string", street["attributes"]![0]!["datatype"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostRequest_Xml_FilesThroughIntake_AndGetRequestShowsIt()
    {
        var id = await FilePotholeAsync("xml", ("email", "resident@example.org"), ("first_name", "Ada"), ("last_name", "Lovelace"), ("phone", "555-0100"));

        var xml = await XmlAsync(await _client.GetAsync($"{Base}/requests/{id}.xml"), HttpStatusCode.OK, "service_requests");
        var request = xml.Elements("request").Single();
        Assert.Equal(id, request.Element("service_request_id")!.Value);
        Assert.Equal("open", request.Element("status")!.Value);
        Assert.Equal("POTHOLE", request.Element("service_code")!.Value);
        Assert.Equal("Pothole", request.Element("service_name")!.Value);
        Assert.Equal("Deep hole in the right lane, café side", request.Element("description")!.Value);
        Assert.Equal("Public Works – Streets", request.Element("agency_responsible")!.Value);
        AssertInstant(request.Element("requested_datetime")!.Value);
        AssertInstant(request.Element("updated_datetime")!.Value);
        AssertInstant(request.Element("expected_datetime")!.Value);
        Assert.NotNull(request.Element("address_id"));
        var body = xml.ToString();
        Assert.DoesNotContain("resident@example.org", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", body, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0100", body, StringComparison.Ordinal);

        var json = await JsonAsync(await _client.GetAsync($"{Base}/requests/{id}.json"), HttpStatusCode.OK, "requests.json");
        Assert.Equal(id, json[0]!["service_request_id"]!.GetValue<string>());
        Assert.IsType<double>(json[0]!["lat"]!.GetValue<double>());
    }

    [Fact]
    public async Task GetRequest_ZipcodeComesFromTheAddress_AndAddressIdAsFiled_InXmlAndJson()
    {
        var house = Random.Shared.Next(100, 99999).ToString(CultureInfo.InvariantCulture);
        var byAddress = await FilePotholeAsync("xml", ("address_string", $"{house} Contract Street, Riverton, OH 44101-1234"));
        var byAddressId = await FilePotholeAsync("json", ("address_id", $"RIV-{house}"));

        var xml = (await XmlAsync(await _client.GetAsync($"{Base}/requests.xml?service_request_id={byAddress},{byAddressId}"), HttpStatusCode.OK, "service_requests"))
            .Elements("request").ToDictionary(r => r.Element("service_request_id")!.Value);
        Assert.Equal("44101-1234", xml[byAddress].Element("zipcode")!.Value);
        Assert.True(xml[byAddress].Element("address_id")!.IsEmpty);
        Assert.Equal($"RIV-{house}", xml[byAddressId].Element("address_id")!.Value);
        Assert.True(xml[byAddressId].Element("zipcode")!.IsEmpty);

        var json = (await JsonAsync(await _client.GetAsync($"{Base}/requests.json?service_request_id={byAddress},{byAddressId}"), HttpStatusCode.OK, "requests.json"))
            .AsArray().ToDictionary(r => r!["service_request_id"]!.GetValue<string>());
        Assert.Equal("44101-1234", json[byAddress]!["zipcode"]!.GetValue<string>());
        Assert.Null(json[byAddress]!["address_id"]);
        Assert.Equal($"RIV-{house}", json[byAddressId]!["address_id"]!.GetValue<string>());
        Assert.Null(json[byAddressId]!["zipcode"]);
    }

    [Fact]
    public async Task PostRequest_Json_MultiValueAttributes_ServiceNoticeAndAccountId()
    {
        var (lat, lon) = FreshPoint();
        var response = await _client.PostAsync($"{Base}/requests.json",
            ("api_key", SiteFactory.ApiKey), ("service_code", "MISSED-TRASH"), ("lat", lat.ToString(CultureInfo.InvariantCulture)),
            ("long", lon.ToString(CultureInfo.InvariantCulture)), ("attribute[bin][]", "trash"), ("attribute[bin][]", "recycling"), ("account_id", "fms-42"));
        var json = (await JsonAsync(response, HttpStatusCode.OK))[0]!;
        var id = json["service_request_id"]!.GetValue<string>();
        Assert.Null(json["token"]);
        Assert.Equal("fms-42", json["account_id"]!.GetValue<string>());
        Assert.Contains("Expected to be handled by", json["service_notice"]!.GetValue<string>(), StringComparison.Ordinal);

        var extended = await JsonAsync(await _client.GetAsync($"{Base}/requests/{id}.json?extensions=true"), HttpStatusCode.OK, "requests.json");
        var attributes = extended[0]!["attributes"]!.AsArray();
        Assert.Equal("trash,recycling", attributes.Single(a => a!["code"]!.GetValue<string>() == "bin")!["value"]!.GetValue<string>());
        Assert.Equal("open311", extended[0]!["extended_attributes"]!["channel"]!.GetValue<string>());
        Assert.Equal("OPEN", extended[0]!["extended_attributes"]!["status"]!.GetValue<string>());
        Assert.NotEmpty(extended[0]!["notes"]!.AsArray());
    }

    [Fact]
    public async Task SecondReportNearby_IsLinked_AndShowsDuplicateOf()
    {
        var (lat, lon) = FreshPoint();
        (string, string)[] fields =
        [
            ("api_key", SiteFactory.ApiKey), ("service_code", "SIDEWALK"), ("lat", lat.ToString(CultureInfo.InvariantCulture)),
            ("long", lon.ToString(CultureInfo.InvariantCulture)), ("attribute[trip]", "yes"),
        ];
        var first = (await XmlAsync(await _client.PostAsync($"{Base}/requests.xml", fields), HttpStatusCode.OK, "service_requests")).Element("request")!;
        var second = (await XmlAsync(await _client.PostAsync($"{Base}/requests.xml", fields), HttpStatusCode.OK, "service_requests")).Element("request")!;
        Assert.Contains("already reported", second.Element("service_notice")!.Value, StringComparison.Ordinal);

        var xml = await XmlAsync(await _client.GetAsync($"{Base}/requests/{second.Element("service_request_id")!.Value}.xml?extensions=true"), HttpStatusCode.OK, "service_requests");
        Assert.Equal(first.Element("service_request_id")!.Value, xml.Element("request")!.Element("extended_attributes")!.Element("duplicate_of")!.Value);
    }

    [Fact]
    public async Task GetRequests_FiltersByCodeStatusAndIds_WithPaging()
    {
        var a = await FilePotholeAsync();
        var b = await FilePotholeAsync();
        var both = await XmlAsync(await _client.GetAsync($"{Base}/requests.xml?service_request_id={a},{b}&status=closed"), HttpStatusCode.OK, "service_requests");
        Assert.Equal(2, both.Elements("request").Count());

        var potholes = (await JsonAsync(await _client.GetAsync($"{Base}/requests.json?service_code=POTHOLE&status=open"), HttpStatusCode.OK, "requests.json")).AsArray();
        Assert.Contains(potholes, r => r!["service_request_id"]!.GetValue<string>() == a);
        Assert.All(potholes, r => Assert.Equal("POTHOLE", r!["service_code"]!.GetValue<string>()));
        var closed = (await JsonAsync(await _client.GetAsync($"{Base}/requests.json?service_code=POTHOLE&status=closed"), HttpStatusCode.OK, "requests.json")).AsArray();
        Assert.DoesNotContain(closed, r => r!["service_request_id"]!.GetValue<string>() == a);

        var page1 = (await JsonAsync(await _client.GetAsync($"{Base}/requests.json?service_code=POTHOLE&page_size=1&page=1"), HttpStatusCode.OK)).AsArray();
        var page2 = (await JsonAsync(await _client.GetAsync($"{Base}/requests.json?service_code=POTHOLE&page_size=1&page=2"), HttpStatusCode.OK)).AsArray();
        Assert.Single(page1);
        Assert.Single(page2);
        Assert.NotEqual(page1[0]!["service_request_id"]!.GetValue<string>(), page2[0]!["service_request_id"]!.GetValue<string>());

        var now = DateTimeOffset.UtcNow;
        var window = await JsonAsync(await _client.GetAsync(
            $"{Base}/requests.json?start_date={Uri.EscapeDataString(now.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}&end_date={Uri.EscapeDataString(now.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))}"),
            HttpStatusCode.OK, "requests.json");
        Assert.Contains(window.AsArray(), r => r!["service_request_id"]!.GetValue<string>() == b);
        var past = await JsonAsync(await _client.GetAsync($"{Base}/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z"), HttpStatusCode.OK);
        Assert.Empty(past.AsArray());
    }

    [Fact]
    public async Task BatchService_AnswersAToken_ResolvedByGetTokens()
    {
        var (lat, lon) = FreshPoint();
        var response = await _client.PostAsync($"{Base}/requests.xml", ("api_key", SiteFactory.ApiKey), ("service_code", "GRAFFITI"),
            ("lat", lat.ToString(CultureInfo.InvariantCulture)), ("long", lon.ToString(CultureInfo.InvariantCulture)), ("attribute[surface]", "fence"), ("attribute[offensive]", "no"));
        var request = (await XmlAsync(response, HttpStatusCode.OK, "service_requests")).Element("request")!;
        Assert.Null(request.Element("service_request_id"));
        var token = request.Element("token")!.Value;

        string? id = null;
        for (var attempt = 0; attempt < 60 && id is null; attempt++)
        {
            var resolved = (await JsonAsync(await _client.GetAsync($"{Base}/tokens/{token}.json"), HttpStatusCode.OK))[0]!;
            Assert.Equal(token, resolved["token"]!.GetValue<string>());
            id = resolved["service_request_id"]?.GetValue<string>();
            if (id is null)
            {
                await Task.Delay(500);
            }
        }

        Assert.NotNull(id);
        var xml = await XmlAsync(await _client.GetAsync($"{Base}/tokens/{token}.xml"), HttpStatusCode.OK, "service_requests");
        Assert.Equal(id, xml.Element("request")!.Element("service_request_id")!.Value);
        Assert.Equal("GRAFFITI", (await JsonAsync(await _client.GetAsync($"{Base}/requests/{id}.json"), HttpStatusCode.OK, "requests.json"))[0]!["service_code"]!.GetValue<string>());
        await XmlErrorsAsync(await _client.GetAsync($"{Base}/tokens/no-such-token.xml"), HttpStatusCode.NotFound);

        var invalid = await _client.PostAsync($"{Base}/requests.xml", ("api_key", SiteFactory.ApiKey), ("service_code", "GRAFFITI"), ("address_string", "1 Main St"));
        Assert.Contains(await XmlErrorsAsync(invalid, HttpStatusCode.BadRequest), d => d.StartsWith("attribute[surface]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServiceRequestUpdates_PostANote_AndStatusChangesComeBackWithExtendedStatuses()
    {
        var id = await FilePotholeAsync();
        var posted = await _client.PostAsync($"{Base}/servicerequestupdates.xml", ("api_key", SiteFactory.ApiKey), ("jurisdiction_id", Open311SiteFactory.Jurisdiction),
            ("service_request_id", id), ("status", "FIXED"), ("description", "Filled this morning."), ("update_id", "fms-7"));
        var update = (await XmlAsync(posted, HttpStatusCode.OK, "service_request_updates")).Element("request_update")!;
        Assert.NotEmpty(update.Element("update_id")!.Value);

        var updates = await XmlAsync(await _client.GetAsync($"{Base}/servicerequestupdates.xml"), HttpStatusCode.OK, "service_request_updates");
        var mine = updates.Elements("request_update").Single(u => u.Element("service_request_id")!.Value == id);
        Assert.Equal("FIXED", mine.Element("status")!.Value);
        Assert.Equal("Filled this morning.", mine.Element("description")!.Value);
        AssertInstant(mine.Element("updated_datetime")!.Value);
        var json = await JsonAsync(await _client.GetAsync($"{Base}/requests/{id}.json"), HttpStatusCode.OK, "requests.json");
        Assert.Equal("closed", json[0]!["status"]!.GetValue<string>());
        Assert.Equal("Filled this morning.", json[0]!["status_notes"]!.GetValue<string>());

        var duplicate = await _client.PostAsync($"{Base}/servicerequestupdates.json", ("api_key", SiteFactory.ApiKey), ("service_request_id", id), ("status", "DUPLICATE"));
        Assert.Contains("merge", (await JsonErrorsAsync(duplicate, HttpStatusCode.BadRequest))[0], StringComparison.Ordinal);
        var unknown = await _client.PostAsync($"{Base}/servicerequestupdates.xml", ("api_key", SiteFactory.ApiKey), ("service_request_id", "ZZZZ-ZZZZ"), ("description", "x"));
        await XmlErrorsAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ServiceRequestUpdates_InJson_CarryIdsAsStrings_AndInstantsWithOffsets()
    {
        var id = await FilePotholeAsync("json");
        var posted = await _client.PostAsync($"{Base}/servicerequestupdates.json", ("api_key", SiteFactory.ApiKey), ("jurisdiction_id", Open311SiteFactory.Jurisdiction),
            ("service_request_id", id), ("status", "IN_PROGRESS"), ("description", "Crew scheduled for Tuesday."));
        var update = (await JsonAsync(posted, HttpStatusCode.OK)).AsArray().Single()!;
        Assert.Equal(System.Text.Json.JsonValueKind.String, update["update_id"]!.GetValueKind());

        var updates = (await JsonAsync(await _client.GetAsync($"{Base}/servicerequestupdates.json"), HttpStatusCode.OK)).AsArray();
        var mine = updates.Single(u => u!["service_request_id"]!.GetValue<string>() == id && u["description"]?.GetValue<string>() == "Crew scheduled for Tuesday.")!;
        Assert.Equal("IN_PROGRESS", mine["status"]!.GetValue<string>());
        Assert.Equal(System.Text.Json.JsonValueKind.String, mine["update_id"]!.GetValueKind());
        AssertInstant(mine["updated_datetime"]!.GetValue<string>());
    }

    [Fact]
    public async Task KeyWithoutUpdateRequests_AddsANote_ButCannotChangeTheStatus()
    {
        var id = await FilePotholeAsync();
        var key = await NewKeyAsync("CallTaker");
        await GrantAsync("CallTaker", "SubmitOpen311");
        var posted = await _client.PostAsync($"{Base}/servicerequestupdates.json", ("api_key", key), ("service_request_id", id), ("status", "CLOSED"), ("description", "Still there."));
        await JsonAsync(posted, HttpStatusCode.OK);
        var json = await JsonAsync(await _client.GetAsync($"{Base}/requests/{id}.json"), HttpStatusCode.OK, "requests.json");
        Assert.Equal("open", json[0]!["status"]!.GetValue<string>());
        Assert.Equal("Still there.", json[0]!["status_notes"]!.GetValue<string>());
    }

    private async Task<string> NewKeyAsync(string role)
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/api-keys", new { name = "app-" + Guid.NewGuid().ToString("n")[..6], role });
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    private async Task GrantAsync(string role, string permission)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var permissions = scope.ServiceProvider.GetRequiredService<CivicCrm.Security.IPermissionService>();
        await permissions.GrantAsync(role, [.. await permissions.GrantedAsync(role), permission]);
    }
}
