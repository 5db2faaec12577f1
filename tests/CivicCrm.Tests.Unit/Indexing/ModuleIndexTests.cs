using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Data;
using CivicCrm.Indexing;
using CivicCrm.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Unit.Indexing;

/// <summary>A module's own index table and content handler, switched off with the module's feature.</summary>
public class ModuleIndexTests : IAsyncLifetime
{
    private static readonly ModuleDescriptor Tags = new("Tags", "Tags", "", "Test", "1", false, [new("Tags", "Tags", "", "Tags", [])]);
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.CreateAsync([Tags], [new TagIndexModel()], services =>
        {
            services.AddScoped<IIndexProvider, TagIndexProvider>();
            services.AddScoped<IContentHandler, TagCountingHandler>();
            services.AddSingleton<TagCountingHandler.Counter>();
        }, (typeof(TagIndexProvider), "Tags"), (typeof(TagCountingHandler), "Tags"));
        await _platform.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.SavePartAsync(new ContentPartDefinition
            {
                Name = "Faq",
                Fields = [new() { Name = "Tags", FieldType = FieldTypes.Choice, Settings = new() { Multiple = true, Options = [new("rats", "Rats"), new("trash", "Trash")] } }],
            });
            await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = "Faq", Parts = [new() { Name = "TitlePart" }, new() { Name = "Faq" }] });
        });
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private Task<ContentItem> PublishFaqAsync(params string[] tags) => _platform.InScopeAsync(async sp =>
    {
        var contents = sp.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync("Faq");
        item.Alter<TitlePart>(t => t.Title = "Who picks up dead rats?").SetField("Faq", "Tags", new System.Text.Json.Nodes.JsonArray(tags.Select(t => (System.Text.Json.Nodes.JsonNode?)t).ToArray()));
        return await contents.CreateAsync(item, publish: true);
    });

    private Task<List<string>> TagsOfAsync(string id) => _platform.InScopeAsync(sp =>
        sp.GetRequiredService<CivicDbContext>().Set<TagIndex>().Where(t => t.ContentItemId == id).Select(t => t.Tag).OrderBy(t => t).ToListAsync());

    [Fact]
    public async Task EnabledFeature_ItsProviderFillsItsTable_AndItsHandlerRuns()
    {
        await _platform.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Tags"]));

        var item = await PublishFaqAsync("rats", "trash");

        Assert.Equal(["rats", "trash"], await TagsOfAsync(item.ContentItemId));
        Assert.Equal(2, await _platform.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<TagCountingHandler.Counter>().Events)));
    }

    [Fact]
    public async Task DisabledFeature_ItsProviderAndHandlerAreSkipped()
    {
        var item = await PublishFaqAsync("rats");

        Assert.Empty(await TagsOfAsync(item.ContentItemId));
        Assert.Equal(0, await _platform.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<TagCountingHandler.Counter>().Events)));
    }

    public sealed class TagIndex : ContentIndex
    {
        public string Tag { get; set; } = "";
    }

    private sealed class TagIndexModel : IDataModelContributor
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<TagIndex>(index =>
        {
            index.ToTable("TagIndex");
            index.IsContentIndex();
            index.HasIndex(t => t.Tag);
        });
    }

    private sealed class TagIndexProvider : IndexProvider<TagIndex>
    {
        protected override IEnumerable<TagIndex> Map(ContentItem item) =>
            (item.GetField("Faq", "Tags") as System.Text.Json.Nodes.JsonArray ?? []).Select(t => new TagIndex { Tag = t!.GetValue<string>() });
    }

    private sealed class TagCountingHandler(TagCountingHandler.Counter counter) : IContentHandler
    {
        public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Count();

        public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Count();

        private Task Count()
        {
            counter.Events++;
            return Task.CompletedTask;
        }

        public sealed class Counter
        {
            public int Events { get; set; }
        }
    }
}
