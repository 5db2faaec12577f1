using CivicCrm.Modules;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>"A theme overrides a module view by placing a view at the same relative path."</summary>
public class ThemeOverrideTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AdminTheme_OverridesTheUsersModulesDeniedPage()
    {
        var html = await site.CreateBrowserClient().GetStringAsync("/admin/denied");

        Assert.Contains("Access denied", html, StringComparison.Ordinal);
        Assert.Contains("bi-shield-lock", html, StringComparison.Ordinal); // only the theme's view has it
    }

    [Fact]
    public void ThemeParts_ComeBeforeEveryOtherModule()
    {
        var catalog = site.Services.GetRequiredService<ModuleCatalog>();
        var themes = catalog.Modules.Where(m => m.Category == "Theme").Select(m => m.Assembly!).ToHashSet();
        var others = catalog.Modules.Where(m => m.Category != "Theme").Select(m => m.Assembly!).ToHashSet();
        var assemblies = Parts().Select(p => (p as AssemblyPart)?.Assembly ?? (p as CompiledRazorAssemblyPart)?.Assembly).ToList();

        var lastTheme = assemblies.FindLastIndex(a => a is not null && themes.Contains(a));
        var firstOther = assemblies.FindIndex(a => a is not null && others.Contains(a));

        Assert.True(lastTheme >= 0 && firstOther >= 0, "Both themes and other modules should be application parts.");
        Assert.True(lastTheme < firstOther, $"Application parts in order: {string.Join(", ", assemblies.Select(a => a?.GetName().Name))}");
    }

    [Fact]
    public void ForEveryPathWithSeveralViews_RazorPicksTheThemes()
    {
        var themes = site.Services.GetRequiredService<ModuleCatalog>().Modules.Where(m => m.Category == "Theme").Select(m => m.Assembly!).ToHashSet();
        var views = new ViewsFeature();
        site.Services.GetRequiredService<ApplicationPartManager>().PopulateFeature(views);

        // Razor keeps the first descriptor of a path (DefaultViewCompiler): the first must be the theme's.
        var overridden = views.ViewDescriptors
            .GroupBy(v => v.RelativePath, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(v => v.Type!.Assembly).Distinct().Count() > 1)
            .ToList();

        Assert.Contains(overridden, g => g.Key == "/Views/Account/Denied.cshtml");
        Assert.All(overridden, g => Assert.True(themes.Contains(g.First().Type!.Assembly), $"{g.Key} resolves to {g.First().Type!.Assembly.GetName().Name}"));
    }

    private IList<ApplicationPart> Parts() => site.Services.GetRequiredService<ApplicationPartManager>().ApplicationParts;
}
