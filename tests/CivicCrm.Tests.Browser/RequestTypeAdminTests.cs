using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class RequestTypeAdminTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Admin_EditsARequestTypeAndAddsABlockingQuestion_CallTakerScreenAsksIt()
    {
        var page = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Request types" }).ClickAsync();
        await page.GetByLabel("Group").SelectOptionAsync("Water");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pothole" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Hydrant problem" }).ClickAsync();

        await page.GetByLabel("SLA warning (hours)").FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='SlaWarningHours']")).ToContainTextAsync("not after the target");

        await page.GetByLabel("SLA warning (hours)").FillAsync("12");
        var question = page.GetByRole(AriaRole.Group, new() { Name = "New question" });
        await question.GetByLabel("Code").FillAsync("gushing");
        await question.GetByLabel("Question").FillAsync("Is water gushing into the street?");
        await question.GetByLabel("Answer type").SelectOptionAsync("singlevaluelist");
        await question.GetByLabel("Required").CheckAsync();
        await question.GetByLabel("Choices (lists only)").FillAsync("no | No, it drips\nyes | Yes, flooding | Flooding is an emergency: call 911 now.");
        await Chromium.ScreenshotAsync(page, "admin-request-type-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Hydrant problem was saved");
        await Chromium.ScreenshotAsync(page, "admin-request-types");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
        await page.GotoAsync("/admin/intake?code=HYDRANT");
        await Assertions.Expect(page.GetByText("Is water gushing into the street?")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/request-types/HYDRANT");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Question gushing" }).GetByLabel("Choices (lists only)"))
            .ToHaveValueAsync("no | No, it drips\nyes | Yes, flooding | Flooding is an emergency: call 911 now.");
        await Assertions.Expect(page.GetByLabel("SLA warning (hours)")).ToHaveValueAsync("12");
    }
}
