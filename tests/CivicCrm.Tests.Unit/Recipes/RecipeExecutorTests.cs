using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Data;
using CivicCrm.Modules;
using CivicCrm.Recipes;
using CivicCrm.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Unit.Recipes;

public class RecipeExecutorTests : IAsyncLifetime
{
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await TestPlatform.CreateAsync(
        new ModuleDescriptor("Search", "Search", "", "Test", "1", false, [new("Search", "Search", "", "Search", [])]));

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private Task RunAsync(string json) =>
        _platform.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(JsonNode.Parse(json)!.AsObject()));

    private const string Definitions = """
        { "name": "contentDefinitions",
          "contentParts": [ { "name": "Faq", "fields": [ { "name": "Answer", "fieldType": "Markdown", "settings": { "required": true } } ] } ],
          "contentTypes": [ { "name": "Faq", "parts": [ { "name": "TitlePart" }, { "name": "Faq" } ] } ] }
        """;

    [Fact]
    public async Task ExecuteAsync_ReportsEveryShapeError_WithStepIndexAndPath_AndAppliesNothing()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""
            { "name": "broken", "steps": [
                { "name": "settings", "SiteName": "Riverton" },
                { "name": "nope" },
                { "name": "features", "enable": [ "Search", "Missing" ] },
                { "name": "contentDefinitions", "contentParts": [ { "name": "Bad Name", "fields": [ { "name": "X", "fieldType": "Colour" } ] } ] },
                { "name": "content" }
            ] }
            """));

        Assert.Equal(
        [
            (1, "name"), (2, "enable[1]"), (3, "contentParts[0].Name"), (3, "contentParts[0].Fields[0].FieldType"), (4, "data"),
        ], error.Errors.Select(e => (e.StepIndex, e.Path)));
        Assert.Empty(await _platform.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync()));
    }

    [Fact]
    public async Task ExecuteAsync_ContentFailingValidation_RollsBackEarlierSteps()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""
            { "name": "half", "steps": [
                { "name": "features", "enable": [ "Search" ] },
                {{Definitions}},
                { "name": "content", "data": [
                    { "ContentType": "Faq", "Published": true, "TitlePart": { "Title": "Good" }, "Faq": { "Answer": "Yes." } },
                    { "ContentType": "Faq", "Published": true, "TitlePart": { "Title": "" }, "Faq": { } } ] }
            ] }
            """));

        Assert.Equal([(2, "data[1].Faq.Answer"), (2, "data[1].TitlePart.Title")], error.Errors.Select(e => (e.StepIndex, e.Path)).Order());
        await _platform.InScopeAsync(async sp =>
        {
            Assert.Null(await sp.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Faq"));
            Assert.Equal(0, await sp.GetRequiredService<CivicDbContext>().ContentItems.CountAsync());
            var features = sp.GetRequiredService<IFeatureManager>();
            await features.ReloadAsync();
            Assert.False(features.IsEnabled("Search"));
        });
    }

    [Fact]
    public async Task ExecuteAsync_ValidRecipe_AppliesAllSteps_AndRerunUpdatesInsteadOfDuplicating()
    {
        var recipe = $$"""
            { "name": "faq", "steps": [
                { "name": "features", "enable": [ "Search" ] },
                { "name": "settings", "SiteName": "Riverton" },
                {{Definitions}},
                { "name": "content", "data": [
                    { "ContentItemId": "faq00000000000000000000001", "ContentType": "Faq", "Published": true,
                      "TitlePart": { "Title": "When is trash day?" }, "Faq": { "Answer": "Monday." } } ] }
            ] }
            """;

        await RunAsync(recipe);
        await RunAsync(recipe.Replace("Monday.", "Tuesday.", StringComparison.Ordinal));

        await _platform.InScopeAsync(async sp =>
        {
            Assert.Equal("Riverton", (await sp.GetRequiredService<ISiteSettings>().GetAsync())["SiteName"]!.GetValue<string>());
            var item = await sp.GetRequiredService<IContentManager>().GetAsync("faq00000000000000000000001");
            Assert.Equal("Tuesday.", item!.GetField("Faq", "Answer")!.GetValue<string>());
            Assert.Equal(2, (await sp.GetRequiredService<IContentManager>().GetVersionsAsync("faq00000000000000000000001")).Count);
            Assert.True(sp.GetRequiredService<IFeatureManager>().IsEnabled("Search"));
        });
    }
}
