using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>Real city service articles (HTML bodies, the city's own categories) through the import API.</summary>
public class KnowledgeBaseSampleImportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static JsonArray Sample() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "nyc311-articles-2015.import.json")))!.AsArray();

    [Fact]
    public async Task RealArticles_ImportAsPublicPages_InTheirCategories_AndReimportAsUpdates()
    {
        var api = site.CreateApiClient();
        var sample = Sample();

        var first = await api.PostAsJsonAsync("/api/kb/import", sample);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(sample.Count, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        var resident = site.CreateClient();
        var page = await resident.GetStringAsync("/kb/heat-or-hot-water-complaint");
        Assert.Contains("Heat or Hot Water Complaint", page, StringComparison.Ordinal);
        Assert.Contains("<p>", page, StringComparison.Ordinal);
        var home = WebUtility.HtmlDecode(await resident.GetStringAsync("/kb"));
        Assert.Contains("Housing and Development", home, StringComparison.Ordinal);
        var category = WebUtility.HtmlDecode(await resident.GetStringAsync("/kb/categories/housing-and-development"));
        Assert.Contains("Maintenance Complaint Against Landlord", category, StringComparison.Ordinal);

        var again = await api.PostAsJsonAsync("/api/kb/import", Sample());
        var counts = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, counts.GetProperty("created").GetInt32());
        Assert.Equal(sample.Count, counts.GetProperty("updated").GetInt32());
    }
}
