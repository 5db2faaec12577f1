using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>Merging a problem into another and splitting a report back out: reports, work, subscribers and history.</summary>
public class ProblemMergeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private async Task<(string Tracking, long ProblemId)> FileAsync(string address, string? email = null)
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", new { service_code = "BUILDING", address_string = address, channel = "phone", email });
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToJsonString());
        return (json["service_request_id"]!.GetValue<string>(), json["problem_id"]!.GetValue<long>());
    }

    private static string Address() => $"{Random.Shared.Next(100, 99999)} Merge Street";

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string url, object? body = null)
    {
        var response = await _api.PostAsJsonAsync(url, body ?? new { });
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<T> InDatabaseAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    [Fact]
    public async Task Merge_MovesReportsSubscribersAndUnmatchedWork_ClosesTheRestAsDuplicate_BothNumbersShowTheTargetStatus()
    {
        var address = Address();
        var (source, sourceProblem) = await FileAsync(address, "ines@example.org");
        var (target, targetProblem) = await FileAsync(address, "omar@example.org");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{source}/departments", new { department_code = "ENV-HEALTH" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{target}/status", new { status = "acknowledged", note = "Inspector booked.", @public = true })).Status);

        var (status, detail) = await PostAsync($"/api/service-requests/{source}/merge", new { into = target.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(targetProblem, detail["problem_id"]!.GetValue<long>());
        Assert.Equal(2, detail["reports_of_problem"]!.GetValue<int>());
        Assert.Equal("in_progress", detail["status"]!.GetValue<string>()); // one department acknowledged, one still to start
        Assert.Equal(["CODE:acknowledged", "ENV-HEALTH:submitted"],
            detail["work_items"]!.AsArray().Select(w => $"{w!["department_code"]}:{w["status"]}"));
        Assert.Contains(detail["history"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "merged");
        var merged = await InDatabaseAsync(db => db.Set<Problem>().SingleAsync(p => p.Id == sourceProblem));
        Assert.Equal(targetProblem, merged.MergedIntoId);
        Assert.Equal(RequestStatus.Duplicate, merged.Status);
        Assert.Equal(RequestStatus.Duplicate, await InDatabaseAsync(db => db.Set<WorkItem>().Where(w => w.ProblemId == sourceProblem).Select(w => w.Status).SingleAsync()));
        Assert.True(await InDatabaseAsync(db => db.Set<RequestEvent>().AnyAsync(e => e.ProblemId == sourceProblem && e.Kind == "merged")));
        Assert.Equal(["ines@example.org", "omar@example.org"],
            await InDatabaseAsync(db => db.Set<Subscription>().Where(s => s.ProblemId == targetProblem).Select(s => s.Email).OrderBy(e => e).ToListAsync()));

        var resident = site.CreateClient();
        foreach (var number in new[] { source, target })
        {
            var page = await resident.GetStringAsync($"/requests/{number}");
            Assert.Contains("request-status\">In progress<", page, StringComparison.Ordinal);
            Assert.Contains("Inspector booked.", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Merge_IsRefused_IntoItself_IntoAClosedProblem_IntoAnUnknownNumber_AndBackIntoTheProblemItJoined()
    {
        var (first, _) = await FileAsync(Address());
        var (second, _) = await FileAsync(Address());
        var (closed, _) = await FileAsync(Address());
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{closed}/status", new { status = "closed" })).Status);

        var itself = await PostAsync($"/api/service-requests/{first}/merge", new { into = first });
        var intoClosed = await PostAsync($"/api/service-requests/{first}/merge", new { into = closed });
        var unknown = await PostAsync($"/api/service-requests/{first}/merge", new { into = "ZZZZ-ZZZZ" });
        var missing = await PostAsync($"/api/service-requests/{first}/merge", new { });
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{first}/merge", new { into = second })).Status);
        var back = await PostAsync($"/api/service-requests/{second}/merge", new { into = first });

        foreach (var (response, words) in new[] { (itself, "cannot be merged into itself"), (intoClosed, "is closed"), (unknown, "no request"), (missing, "Give the tracking number"), (back, "cannot be merged into itself") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Contains(words, response.Body["errors"]!["into"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Split_MovesAMergedReportBackOut_WithAFreshWorkItem_AndItsSubscriber_AndRefusesTheOnlyReport()
    {
        var address = Address();
        var (source, _) = await FileAsync(address, "kai@example.org");
        var (target, targetProblem) = await FileAsync(address);
        var only = await PostAsync($"/api/service-requests/{source}/split");
        Assert.Equal(HttpStatusCode.BadRequest, only.Status);
        Assert.Contains("only report", only.Body["errors"]!["trackingNumber"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{source}/merge", new { into = target })).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{target}/status", new { status = "in_progress" })).Status);

        var (status, detail) = await PostAsync($"/api/service-requests/{source}/split");

        Assert.Equal(HttpStatusCode.OK, status);
        var newProblem = detail["problem_id"]!.GetValue<long>();
        Assert.NotEqual(targetProblem, newProblem);
        Assert.Equal("submitted", detail["status"]!.GetValue<string>());
        Assert.Equal(1, detail["reports_of_problem"]!.GetValue<int>());
        var item = detail["work_items"]!.AsArray().Single()!;
        Assert.Equal("CODE", item["department_code"]!.GetValue<string>());
        Assert.True(item["due_datetime"]!.GetValue<DateTime>() > DateTime.UtcNow);
        Assert.Equal("split", detail["history"]!.AsArray().Last()!["kind"]!.GetValue<string>());
        Assert.True(await InDatabaseAsync(db => db.Set<RequestEvent>().AnyAsync(e => e.ProblemId == targetProblem && e.Kind == "split")));
        Assert.Equal(newProblem, await InDatabaseAsync(db => db.Set<Subscription>().Where(s => s.Email == "kai@example.org").Select(s => s.ProblemId).SingleAsync()));
        var targetDetail = await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{target}");
        Assert.Equal(1, targetDetail!["reports_of_problem"]!.GetValue<int>());
        Assert.Equal("in_progress", targetDetail["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task UndoMerge_BringsTheMergedProblemBack_WithItsStatusReportsWorkAndSubscribers()
    {
        var address = Address();
        var (source, sourceProblem) = await FileAsync(address, "lena@example.org");
        var (target, targetProblem) = await FileAsync(address, "tomas@example.org");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{source}/departments", new { department_code = "ENV-HEALTH" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{source}/status", new { status = "acknowledged", department_code = "CODE" })).Status);
        var (_, merged) = await PostAsync($"/api/service-requests/{source}/merge", new { into = target });
        var merge = merged["merges"]!.AsArray().Single()!;
        Assert.Equal(sourceProblem, merge["merged_problem_id"]!.GetValue<long>());
        Assert.Equal([source], merge["reports"]!.AsArray().Select(r => r!.GetValue<string>()));

        var (status, detail) = await PostAsync($"/api/service-requests/{target}/merges/{merge["merge_id"]}/undo");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(targetProblem, detail["problem_id"]!.GetValue<long>());
        Assert.Equal(1, detail["reports_of_problem"]!.GetValue<int>());
        Assert.Equal(["CODE:submitted"], detail["work_items"]!.AsArray().Select(w => $"{w!["department_code"]}:{w["status"]}"));
        Assert.NotNull(detail["merges"]![0]!["undone_datetime"]!.GetValue<DateTime?>());
        var back = (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{source}"))!;
        Assert.Equal(sourceProblem, back["problem_id"]!.GetValue<long>());
        Assert.Equal("in_progress", back["status"]!.GetValue<string>());
        Assert.Equal(["CODE:acknowledged", "ENV-HEALTH:submitted"], back["work_items"]!.AsArray().Select(w => $"{w!["department_code"]}:{w["status"]}"));
        Assert.Contains(back["history"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "unmerged" && h["public"]!.GetValue<bool>());
        Assert.Null(await InDatabaseAsync(db => db.Set<Problem>().Where(p => p.Id == sourceProblem).Select(p => p.MergedIntoId).SingleAsync()));
        Assert.Equal(sourceProblem, await InDatabaseAsync(db => db.Set<Subscription>().Where(s => s.Email == "lena@example.org").Select(s => s.ProblemId).SingleAsync()));
        Assert.Equal(targetProblem, await InDatabaseAsync(db => db.Set<Subscription>().Where(s => s.Email == "tomas@example.org").Select(s => s.ProblemId).SingleAsync()));

        var again = await PostAsync($"/api/service-requests/{target}/merges/{merge["merge_id"]}/undo");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Contains("already undone", again.Body["errors"]!["merge"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndoMerge_IsRefused_ForAMergeIntoAnotherProblem_AndWhenEveryMovedReportWasSplitOut()
    {
        var (first, _) = await FileAsync(Address());
        var (second, _) = await FileAsync(Address());
        var (third, _) = await FileAsync(Address());
        var (_, merged) = await PostAsync($"/api/service-requests/{first}/merge", new { into = second });
        var firstMerge = merged["merges"]![0]!["merge_id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{second}/merge", new { into = third })).Status);

        var elsewhere = await PostAsync($"/api/service-requests/{third}/merges/{firstMerge}/undo");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{first}/split")).Status);
        var thirdDetail = (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{third}"))!;
        var secondMerge = thirdDetail["merges"]!.AsArray().Single()!["merge_id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{second}/split")).Status);
        var nothingLeft = await PostAsync($"/api/service-requests/{third}/merges/{secondMerge}/undo");

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.Status);
        Assert.Contains("no such merge", elsewhere.Body["errors"]!["merge"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, nothingLeft.Status);
        Assert.Contains("split out", nothingLeft.Body["errors"]!["merge"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateCandidates_AsOfBeforeAMerge_SeeBothProblemsWithTheReportsTheyHadThen()
    {
        var address = Address();
        var (source, sourceProblem) = await FileAsync(address);
        var (target, targetProblem) = await FileAsync(address);
        var before = DateTime.UtcNow.AddMilliseconds(10).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(1100); // lookups within a second of now skip the merge records
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/service-requests/{source}/merge", new { into = target })).Status);

        var now = await _api.GetFromJsonAsync<JsonArray>($"/api/service-requests/duplicate-candidates?service_code=BUILDING&address_string={Uri.EscapeDataString(address)}");
        var then = await _api.GetFromJsonAsync<JsonArray>($"/api/service-requests/duplicate-candidates?service_code=BUILDING&address_string={Uri.EscapeDataString(address)}&as_of={Uri.EscapeDataString(before)}");

        Assert.Equal([$"{targetProblem}:{source}"], now!.Select(c => $"{c!["problem_id"]}:{c["service_request_id"]}"));
        Assert.Equal([$"{sourceProblem}:{source}", $"{targetProblem}:{target}"], then!.Select(c => $"{c!["problem_id"]}:{c["service_request_id"]}"));
    }
}
