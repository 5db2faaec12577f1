using CivicCrm.Data;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Unit.Modules;

public class FeatureManagerTests
{
    private static ModuleDescriptor Module(string id, bool alwaysEnabled = false, params string[] dependencies) =>
        new(id, id, "", "Test", "1.0", alwaysEnabled, [new FeatureDescriptor(id, id, "", id, dependencies, alwaysEnabled)]);

    private static Task<TestPlatform> PlatformAsync() => TestPlatform.CreateAsync(
        Module("Core", alwaysEnabled: true),
        Module("Contents"),
        Module("Departments", false, "Contents"),
        Module("ServiceRequests", false, "Departments"),
        Module("Open311", false, "ServiceRequests"),
        Module("Search"));

    [Fact]
    public async Task EnableAsync_EnablesDependenciesToo_AndPersists()
    {
        await using var platform = await PlatformAsync();

        var changed = await platform.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Open311"]));

        Assert.Equal(["Contents", "Departments", "ServiceRequests", "Open311"], changed);
        await platform.InScopeAsync(async sp =>
        {
            var features = sp.GetRequiredService<IFeatureManager>();
            await features.ReloadAsync();
            Assert.True(features.IsEnabled("Contents"));
            Assert.True(features.IsEnabled("Open311"));
            Assert.False(features.IsEnabled("Search"));
        });
    }

    [Fact]
    public async Task DisableAsync_DisablesDependentsToo_AndLeavesOthers()
    {
        await using var platform = await PlatformAsync();
        await platform.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Open311", "Search"]));

        var changed = await platform.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Departments"]));

        Assert.Equal(["Departments", "ServiceRequests", "Open311"], changed);
        await platform.InScopeAsync(sp =>
        {
            var features = sp.GetRequiredService<IFeatureManager>();
            Assert.True(features.IsEnabled("Contents"));
            Assert.True(features.IsEnabled("Search"));
            Assert.False(features.IsEnabled("ServiceRequests"));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task DisableAsync_AlwaysEnabledFeature_IsRefused()
    {
        await using var platform = await PlatformAsync();
        await platform.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Core"]));

        await platform.InScopeAsync(async sp =>
            await Assert.ThrowsAsync<FeatureChangeRefusedException>(() => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Core"])));
    }

    [Fact]
    public async Task EnableAsync_UnknownFeature_NamesIt()
    {
        await using var platform = await PlatformAsync();

        var error = await platform.InScopeAsync(async sp =>
            await Assert.ThrowsAsync<UnknownFeatureException>(() => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Nope"])));

        Assert.Equal(["Nope"], error.FeatureIds);
    }

    [Fact]
    public async Task EnableAsync_InsideRolledBackUnitOfWork_LeavesNothingEnabled()
    {
        await using var platform = await PlatformAsync();

        await platform.InScopeAsync(async sp =>
        {
            var features = sp.GetRequiredService<IFeatureManager>();
            await using (var scope = await sp.GetRequiredService<IUnitOfWork>().BeginAsync())
            {
                await features.EnableAsync(["Search"]);
                Assert.True(features.IsEnabled("Search")); // the scope sees its own change at once
            }
        });

        await platform.InScopeAsync(async sp =>
        {
            var features = sp.GetRequiredService<IFeatureManager>();
            Assert.False(features.IsEnabled("Search"));
            await features.ReloadAsync();
            Assert.False(features.IsEnabled("Search"));
        });
    }
}
