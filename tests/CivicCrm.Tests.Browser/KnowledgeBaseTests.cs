using CivicCrm.Search;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class KnowledgeBaseTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private async Task<IPage> SignedInAsync(string userName, string role)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new IdentityUser { UserName = userName, Email = $"{userName}@riverton.example.gov", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, "Answers-help-2026")).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
        }

        return await chromium.SignedInPageAsync(site.BaseAddress, userName, "Answers-help-2026");
    }

    /// <summary>The engine follows the journal every second; catching up here keeps the test from depending on that timing.</summary>
    private async Task CatchUpAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISearchService>().CatchUpAsync();
    }

    [Fact]
    public async Task Editor_WritesAndPublishesAnFaq_ResidentFindsItByASynonym()
    {
        var key = "garage" + Guid.NewGuid().ToString("n")[..4];
        var editor = await SignedInAsync("erin.editor", "Editor");
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Articles, FAQs and scripts" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "New FAQ" }).ClickAsync();
        await editor.GetByLabel("Question").FillAsync($"How do I keep rats out of my {key}?");
        await editor.GetByLabel("Answer").FillAsync("Seal gaps wider than a **quarter**, store bird seed in metal bins, and report burrows in the alley.");
        await editor.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".markdown-preview strong")).ToHaveTextAsync("quarter");
        await editor.GetByRole(AriaRole.Tab, new() { Name = "Write" }).ClickAsync();
        await editor.GetByLabel("Rodents & Pests").CheckAsync();
        await editor.GetByLabel("Related request types").FillAsync("rodents");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Published.");
        await Chromium.ScreenshotAsync(editor, "kb-admin-editor");
        await CatchUpAsync();

        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress);
        var resident = await context.NewPageAsync();
        await resident.GotoAsync("/");
        await resident.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Knowledge base" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "Help and answers" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(resident, "kb-home");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(resident);

        var box = resident.GetByLabel("What do you need help with?");
        await box.PressSequentiallyAsync("How do I keep");
        await Assertions.Expect(resident.GetByRole(AriaRole.Listbox)).ToContainTextAsync($"How do I keep rats out of my {key}?");
        await Chromium.ScreenshotAsync(resident, "kb-suggestions");
        await box.PressAsync("Escape");
        await box.FillAsync($"rodents {key}");
        await box.PressAsync("Enter");
        var result = resident.GetByRole(AriaRole.Link, new() { Name = $"How do I keep rats out of my {key}?" });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(resident, "kb-search-results");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(resident);

        await result.ClickAsync();
        await Assertions.Expect(resident.Locator(".kb-body strong")).ToHaveTextAsync("quarter");
        await Assertions.Expect(resident.GetByRole(AriaRole.Link, new() { Name = "Report this problem" })).ToHaveAttributeAsync("href", "/requests/new?type=RODENTS");
        await Chromium.ScreenshotAsync(resident, "kb-article");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(resident);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
        await Assertions.Expect(resident.GetByText("Thank you for your feedback.")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    [Fact]
    public async Task CallTaker_FollowsTheScriptAndFindsAnAnswerDuringIntake()
    {
        var page = await SignedInAsync("cal.taker", "CallTaker");
        await CatchUpAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Take a call" }).ClickAsync();
        await page.GetByLabel("What is the call about?").FillAsync("RODENTS");
        await page.Keyboard.PressAsync("Enter");

        // The script, one step at a time: an answer jumps to its step.
        var script = page.Locator("[data-kb-script]").First;
        await Assertions.Expect(script.Locator(".kb-current")).ToContainTextAsync("I can take a report about rats or mice.");
        await script.Locator(".kb-current").GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(script.Locator(".kb-current")).ToContainTextAsync("Has anyone been bitten or scratched?");
        await script.Locator(".kb-current").GetByRole(AriaRole.Link, new() { Name = "No", Exact = true }).PressAsync("Enter");
        await Assertions.Expect(script.Locator(".kb-current")).ToContainTextAsync("Where did you see them");
        await script.Locator(".kb-current").GetByRole(AriaRole.Link, new() { Name = "Alley, yard or park" }).PressAsync("Enter");
        await Assertions.Expect(script.Locator(".kb-current")).ToContainTextAsync("What is the address or nearest location?");

        // Search without leaving the call: what was typed in the form stays.
        await page.GetByLabel("Address or intersection").FillAsync("1200 W Main St");
        await page.GetByLabel("Search answers and scripts").FillAsync("caller does not speak English");
        var answer = page.GetByRole(AriaRole.Button, new() { Name = "How do I handle a caller who does not speak English?" });
        await answer.ClickAsync();
        var opened = page.Locator("#kb-panel-item");
        await Assertions.Expect(opened).ToContainTextAsync("interpreter line");
        await Chromium.ScreenshotAsync(page, "kb-intake-panel");
        await opened.PressAsync("Escape");
        await Assertions.Expect(opened).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Address or intersection")).ToHaveValueAsync("1200 W Main St");
    }

    [Fact]
    public async Task Editor_ReordersAndAddsCallScriptSteps_WithoutSavingFirst_AndSeesAReworkedStepInTheDiff()
    {
        var editor = await SignedInAsync("erin.editor", "Editor");
        await editor.GotoAsync("/admin/kb");
        await editor.GetByRole(AriaRole.Link, new() { Name = "New call script" }).ClickAsync();
        // A new script is for call-takers unless the editor makes it public.
        await Assertions.Expect(editor.GetByLabel("Audience")).ToHaveValueAsync("internal");
        await editor.GetByLabel("Title").FillAsync("Call script: fallen branch " + Guid.NewGuid().ToString("n")[..4]);
        await editor.GetByLabel("Step 1 id").FillAsync("greet");
        await editor.GetByLabel("Step 1 text").FillAsync("Thank you for calling 311.");
        await editor.GetByLabel("Step 2 id").FillAsync("hurt");
        await editor.GetByLabel("Step 2 kind").SelectOptionAsync("check");
        await editor.GetByLabel("Step 2 text").FillAsync("Is anyone hurt, or is a power line down?");

        await editor.GetByRole(AriaRole.Button, new() { Name = "Move step 2 up" }).ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Step 1 id")).ToHaveValueAsync("hurt");
        await Assertions.Expect(editor.GetByLabel("Step 1 kind")).ToHaveValueAsync("check");
        await Assertions.Expect(editor.GetByLabel("Step 2 id")).ToHaveValueAsync("greet");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add a step" }).ClickAsync();
        await editor.GetByLabel("Step 4 id").FillAsync("close");
        await editor.GetByLabel("Step 4 text").FillAsync("Read the tracking number back.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved.");
        // Saved in the order shown; the empty row between is dropped.
        await Assertions.Expect(editor.GetByLabel("Step 1 id")).ToHaveValueAsync("hurt");
        await Assertions.Expect(editor.GetByLabel("Step 2 id")).ToHaveValueAsync("greet");
        await Assertions.Expect(editor.GetByLabel("Step 3 id")).ToHaveValueAsync("close");
        await Chromium.ScreenshotAsync(editor, "kb-admin-script-steps");

        // Published, then reworded in a new draft: a reviewer comparing versions sees the step, not raw data.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("ublished");
        await editor.GetByLabel("Step 1 text").FillAsync("Is anyone hurt? If a power line is down, transfer to 911.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved.");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Changes since last version" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Step “hurt” changed")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByText("Check: Is anyone hurt? If a power line is down, transfer to 911.")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(editor, "kb-admin-script-diff");
    }
}
