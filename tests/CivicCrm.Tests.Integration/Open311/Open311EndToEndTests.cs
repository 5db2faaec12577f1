using System.Globalization;
using System.Net;
using CivicCrm.Tests.Support;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>An app files through Open311; staff see it in the department queue, acknowledge and close it with public notes; the app sees it all.</summary>
public class Open311EndToEndTests(Open311SiteFactory site) : IClassFixture<Open311SiteFactory>
{
    [Fact]
    public async Task FiledThroughOpen311_ShowsInTheQueue_StaffChangesComeBackThroughGetRequests()
    {
        var app = site.CreateClient();
        var (lat, lon) = FreshPoint();
        var filed = await app.PostAsync($"{Base}/requests.xml", ("api_key", SiteFactory.ApiKey), ("jurisdiction_id", Open311SiteFactory.Jurisdiction),
            ("service_code", "TREE-TRIM"), ("lat", lat.ToString(CultureInfo.InvariantCulture)), ("long", lon.ToString(CultureInfo.InvariantCulture)),
            ("address_string", "1200 Elm Street"), ("description", "Branches hide the stop sign"));
        var id = (await XmlAsync(filed, HttpStatusCode.OK, "service_requests")).Element("request")!.Element("service_request_id")!.Value;

        var staff = site.CreateBrowserClient();
        await staff.SignInAsync();
        var queue = await staff.GetStringAsync("/admin/queue?department=PARKS");
        Assert.Contains(id, queue, StringComparison.Ordinal);

        var ack = await staff.PostFormAsync($"/admin/requests/{id}", $"/admin/requests/{id}/status",
            new Dictionary<string, string> { ["departmentCode"] = "PARKS", ["status"] = "Acknowledged", ["note"] = "A crew is booked for Tuesday.", ["isPublic"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);
        var internalNote = await staff.PostFormAsync($"/admin/requests/{id}", $"/admin/requests/{id}/status",
            new Dictionary<string, string> { ["departmentCode"] = "PARKS", ["status"] = "", ["note"] = "Crew lead: Jordan (internal)" });
        Assert.Equal(HttpStatusCode.Redirect, internalNote.StatusCode);

        var open = (await XmlAsync(await app.GetAsync($"{Base}/requests.xml?service_request_id={id}&extensions=true"), HttpStatusCode.OK, "service_requests")).Element("request")!;
        Assert.Equal("open", open.Element("status")!.Value);
        Assert.Equal("A crew is booked for Tuesday.", open.Element("status_notes")!.Value);
        Assert.Equal("INVESTIGATING", open.Element("extended_attributes")!.Element("status")!.Value);
        Assert.DoesNotContain("Jordan", open.ToString(), StringComparison.Ordinal);

        var close = await staff.PostFormAsync($"/admin/requests/{id}", $"/admin/requests/{id}/status",
            new Dictionary<string, string> { ["departmentCode"] = "PARKS", ["status"] = "Closed", ["note"] = "Trimmed; the sign is visible again.", ["isPublic"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);

        var closed = (await JsonAsync(await app.GetAsync($"{Base}/requests.json?service_code=TREE-TRIM&status=closed"), HttpStatusCode.OK, "requests.json")).AsArray()
            .Single(r => r!["service_request_id"]!.GetValue<string>() == id)!;
        Assert.Equal("Trimmed; the sign is visible again.", closed["status_notes"]!.GetValue<string>());
        AssertInstant(closed["updated_datetime"]!.GetValue<string>());
        var updates = await XmlAsync(await app.GetAsync($"{Base}/servicerequestupdates.xml"), HttpStatusCode.OK, "service_request_updates");
        Assert.Equal(["INVESTIGATING", "CLOSED"], updates.Elements("request_update").Where(u => u.Element("service_request_id")!.Value == id).Select(u => u.Element("status")!.Value));
    }
}
