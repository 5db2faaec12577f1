using System.Net;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>The content admin's diff of two versions of a call script shows its steps, categories, audience, tags, review date and request types, worded for people.</summary>
public partial class KnowledgeBaseTests
{
    [Fact]
    public async Task DiffPage_OfACallScript_ShowsChangedAddedAndRemovedSteps_AndCategoriesByName()
    {
        var admin = await AdminAsync();
        var title = "Streetlight out script " + Guid.NewGuid().ToString("n")[..6];
        var form = new Dictionary<string, string>
        {
            ["ContentType"] = "CallScript", ["Title"] = title, ["Audience"] = "internal", ["submit"] = "publish",
            ["Categories"] = "street-lights",
            ["Steps[0].Id"] = "greet", ["Steps[0].Kind"] = "say", ["Steps[0].Text"] = "Thank the caller.",
            ["Steps[1].Id"] = "pole", ["Steps[1].Kind"] = "ask", ["Steps[1].Text"] = "Is there a number on the pole?",
            ["Steps[2].Id"] = "close", ["Steps[2].Kind"] = "say", ["Steps[2].Text"] = "Give the tracking number.",
        };
        var id = IdFrom(await admin.PostFormAsync("/admin/kb/new?type=script", "/admin/kb/new", form));

        form["submit"] = "draft";
        form["Categories"] = "snow-ice";
        form["Audience"] = "public";
        form["Tags"] = "streetlight, outage";
        form["ReviewBy"] = "2027-06-30";
        form["RelatedRequestTypes"] = "STREETLIGHT";
        form["Steps[1].Text"] = "Read the number on the pole, if there is one.";
        form["Steps[2].Id"] = "dark";
        form["Steps[2].Kind"] = "check";
        form["Steps[2].Text"] = "Is the whole street dark?";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}", form)).StatusCode);

        var response = await admin.GetAsync($"/admin/content/CallScript/{id}/diff");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var diff = await TextAsync(response);
        Assert.Contains("Step “pole” changed", diff, StringComparison.Ordinal);
        // Status, categories, audience, tags, review date, request types and three steps.
        Assert.Contains("9 changes", diff, StringComparison.Ordinal);
        Assert.Contains("Ask: Is there a number on the pole?", diff, StringComparison.Ordinal);
        Assert.Contains("Ask: Read the number on the pole, if there is one.", diff, StringComparison.Ordinal);
        Assert.Contains("Step “dark” added", diff, StringComparison.Ordinal);
        Assert.Contains("Check: Is the whole street dark?", diff, StringComparison.Ordinal);
        Assert.Contains("Step “close” removed", diff, StringComparison.Ordinal);
        Assert.Contains("Street Lights", diff, StringComparison.Ordinal);
        Assert.Contains("Snow & Ice", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("snow-ice", diff, StringComparison.Ordinal);
        Assert.Contains("Internal (staff only)", diff, StringComparison.Ordinal);
        Assert.Contains("streetlight, outage", diff, StringComparison.Ordinal);
        Assert.Contains("2027-06-30", diff, StringComparison.Ordinal);
        Assert.Contains("STREETLIGHT", diff, StringComparison.Ordinal);
        Assert.Contains("Published", diff, StringComparison.Ordinal);
        Assert.Contains("Draft", diff, StringComparison.Ordinal);
    }
}
