using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class AdminUserTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private Task<IPage> SignInAsync(string login, string password) => chromium.SignedInPageAsync(site.BaseAddress, login, password);

    [Fact]
    public async Task Administrator_CreatesAnEditor_WhoSeesOnlyWhatTheRoleAllows()
    {
        var admin = await SignInAsync("admin", SiteFactory.AdminPassword);
        var nav = admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "New user" }).ClickAsync();
        await admin.GetByLabel("User name").FillAsync("maria.editor");
        await admin.GetByLabel("Email").FillAsync("maria@riverton.example.gov");
        await admin.GetByLabel("Initial password").FillAsync("Comms-team-2026");
        await admin.GetByLabel("Editor").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The account maria.editor was created.");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "maria.editor" })).ToContainTextAsync("Editor");
        await Chromium.ScreenshotAsync(admin, "admin-users");

        var editor = await SignInAsync("maria@riverton.example.gov", "Comms-team-2026");
        var editorNav = editor.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });
        await Assertions.Expect(editorNav.GetByRole(AriaRole.Link, new() { Name = "Change password" })).ToBeVisibleAsync();
        await Assertions.Expect(editorNav.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        await Assertions.Expect(editorNav.GetByRole(AriaRole.Link, new() { Name = "Features" })).ToHaveCountAsync(0);
        await editor.GotoAsync("/admin/features");
        await Assertions.Expect(editor.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_GrantsARolePermission_InTheGrid()
    {
        var admin = await SignInAsync("admin", SiteFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Roles" }).ClickAsync();

        var box = admin.GetByLabel("Supervisor: Publish, unpublish and restore content");
        await Assertions.Expect(box).Not.ToBeCheckedAsync();
        await box.CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save permissions" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The permissions were saved.");
        await Assertions.Expect(admin.GetByLabel("Supervisor: Publish, unpublish and restore content")).ToBeCheckedAsync();
        await Chromium.ScreenshotAsync(admin, "admin-roles");
    }

    [Fact]
    public async Task Administrator_IssuesAnApiKey_SeesItOnce()
    {
        var admin = await SignInAsync("admin", SiteFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await admin.GetByLabel("Name").FillAsync("FixMyStreet");
        await admin.GetByLabel("Role").SelectOptionAsync("CallTaker");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();

        var key = await admin.GetByTestId("created-key").TextContentAsync();
        Assert.StartsWith("ccrm_", key, StringComparison.Ordinal);
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByTestId("created-key")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "FixMyStreet" })).ToContainTextAsync("Active");
    }
}
