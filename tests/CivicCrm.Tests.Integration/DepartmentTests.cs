using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Departments;
using CivicCrm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

public class DepartmentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static string NewCode() => "T" + Guid.NewGuid().ToString("n")[..8].ToUpperInvariant();

    private static Dictionary<string, string> Form(string code, string name, string email = "dept@riverton.example.gov", string timeZone = "America/Chicago", string monday = "08:00-17:00") => new()
    {
        ["Code"] = code, ["Name"] = name, ["Email"] = email, ["Phone"] = "+1 (555) 010-0999", ["SupervisorEmails"] = "boss@riverton.example.gov",
        ["StaffUserNames"] = "a.clerk\nb.clerk", ["TimeZoneId"] = timeZone, ["HolidaySet"] = "US-Federal", ["Closures"] = "2026-12-24",
        ["Monday"] = monday, ["Tuesday"] = "08:00-17:00", ["Wednesday"] = "08:00-17:00", ["Thursday"] = "08:00-17:00", ["Friday"] = "08:00-12:00",
    };

    [Fact]
    public async Task DemoRecipe_SeedsRivertonDepartments_ReadableByStaff()
    {
        var departments = await site.CreateApiClient().GetFromJsonAsync<JsonArray>("/api/departments");

        Assert.True(departments!.Count >= 9);
        var streets = departments.Single(d => d!["code"]!.GetValue<string>() == "STREETS")!;
        Assert.Equal(("streets@riverton.example.gov", "America/Chicago", "07:00-15:30", ""),
            (streets["email"]!.GetValue<string>(), streets["timeZoneId"]!.GetValue<string>(), streets["hours"]!["monday"]!.GetValue<string>(), streets["hours"]!["sunday"]!.GetValue<string>()));
        Assert.Contains(departments, d => d!["code"]!.GetValue<string>() == "UNASSIGNED");
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateApiClient().GetAsync("/api/departments/NO-SUCH")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CreatesAndEditsADepartment_InTheAdmin()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var code = NewCode();

        var created = await admin.PostFormAsync("/admin/departments/new", "/admin/departments/new", Form(code.ToLowerInvariant(), "Fleet Services"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Fleet Services", await admin.GetStringAsync("/admin/departments"), StringComparison.Ordinal);

        var edited = await admin.PostFormAsync($"/admin/departments/{code}", $"/admin/departments/{code}", Form(code, "Fleet & Equipment Services", monday: "07:00-11:00, 12:00-15:00"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var department = await site.CreateApiClient().GetFromJsonAsync<JsonObject>($"/api/departments/{code}");
        Assert.Equal(("Fleet & Equipment Services", "07:00-11:00, 12:00-15:00", "08:00-12:00"),
            (department!["name"]!.GetValue<string>(), department["hours"]!["monday"]!.GetValue<string>(), department["hours"]!["friday"]!.GetValue<string>()));
        Assert.Equal(["a.clerk", "b.clerk"], department["staffUserNames"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task InvalidDepartment_Answers400_NamingEachField_AndSavesNothing()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var code = NewCode();

        var response = await admin.PostFormAsync("/admin/departments/new", "/admin/departments/new", Form(code, "Broken", "not-an-email", "Mars/Olympus_Mons", "17:00-08:00"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("'Mars/Olympus_Mons' is not a known time zone", html, StringComparison.Ordinal);
        Assert.Contains("'17:00-08:00' ends before it starts", html, StringComparison.Ordinal);
        Assert.Contains("Enter an email address", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateApiClient().GetAsync($"/api/departments/{code}")).StatusCode);
    }

    [Fact]
    public async Task DuplicateCode_IsRefused()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();

        var response = await admin.PostFormAsync("/admin/departments/new", "/admin/departments/new", Form("streets", "Second streets"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A department with the code STREETS exists already.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeStep_IsIdempotentOnCode_AndReportsErrorsWithPaths()
    {
        var client = site.CreateApiClient();
        var code = NewCode();
        var step = JsonNode.Parse($$"""
            { "name": "departments-test", "steps": [ { "name": "departments", "departments": [
                { "code": "{{code}}", "name": "Libraries", "email": "libraries@riverton.example.gov", "timeZoneId": "America/Chicago",
                  "hours": { "saturday": "10:00-14:00" } } ] } ] }
            """);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/recipes/execute", step)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/recipes/execute", step)).StatusCode);
        var all = await client.GetFromJsonAsync<JsonArray>("/api/departments");
        Assert.Single(all!, d => d!["code"]!.GetValue<string>() == code);

        var broken = await client.PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "broken", "steps": [ { "name": "departments", "departments": [
                { "code": "LIBRARY-2", "name": "Libraries", "email": "nope", "timeZoneId": "Nowhere/Town", "hours": { "funday": "09:00-10:00" } },
                { "code": "LIBRARY-3", "name": "Branches", "email": "branches@riverton.example.gov", "timeZoneId": "America/Chicago", "hours": { "monday": "9-5" } } ] } ] }
            """));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var errors = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["steps[0].departments[0].hours.funday"], errors.EnumerateObject().Select(e => e.Name));

        var invalid = await client.PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "broken", "steps": [ { "name": "departments", "departments": [
                { "code": "LIBRARY-2", "name": "Libraries", "email": "nope", "timeZoneId": "Nowhere/Town" },
                { "code": "LIBRARY-3", "name": "Branches", "email": "branches@riverton.example.gov", "timeZoneId": "America/Chicago", "hours": { "monday": "9-5" } } ] } ] }
            """));
        var paths = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["steps[0].departments[0].email", "steps[0].departments[0].timeZoneId", "steps[0].departments[1].hours.monday"], paths);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/departments/LIBRARY-3")).StatusCode);
    }

    [Fact]
    public async Task SlaCalendar_UsesTheDepartmentsHours_AndDirectoryFindsStaff()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var sla = scope.ServiceProvider.GetRequiredService<ISlaCalendar>();
        var directory = scope.ServiceProvider.GetRequiredService<IDepartmentDirectory>();
        var friday = new DateTimeOffset(2026, 6, 12, 15, 0, 0, TimeSpan.FromHours(-5));

        // Streets works Monday to Friday 07:00-15:30: half an hour on Friday, 1.5 hours on Monday.
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 8, 30, 0, TimeSpan.FromHours(-5)), await sla.AddAsync("streets", friday, 2, SlaClock.BusinessHours));
        Assert.Equal(friday.AddHours(2), await sla.AddAsync("STREETS", friday, 2, SlaClock.CalendarHours));
        Assert.Equal(2, await sla.HoursBetweenAsync("STREETS", friday, new DateTimeOffset(2026, 6, 15, 8, 30, 0, TimeSpan.FromHours(-5)), SlaClock.BusinessHours), 6);
        await Assert.ThrowsAsync<ArgumentException>(() => sla.AddAsync("NO-SUCH", friday, 2, SlaClock.BusinessHours));

        Assert.Equal(["STREETS"], await directory.DepartmentsOfAsync("m.reyes"));
        Assert.Equal(["SANITATION"], await directory.DepartmentsOfAsync("l.petrov@riverton.example.gov"));
        Assert.Equal("Public Works – Streets", (await directory.FindAsync("streets"))!.Name);
    }
}
