using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>
/// A site set up without the demo recipe has the knowledge base and the search engine but no <c>knowledge-base</c>
/// index definition yet: search says it is unavailable (503) instead of failing.
/// </summary>
public class KnowledgeBaseWithoutIndexTests(EmptySiteFactory site) : IClassFixture<EmptySiteFactory>
{
    [Fact]
    public async Task Search_WithoutItsIndexDefinition_Answers503_NotAServerError()
    {
        var api = site.CreateApiClient();
        var enable = await api.PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "kb-only", "steps": [ { "name": "features", "enable": [ "CivicCrm.KnowledgeBase" ] } ] }
            """));
        Assert.Equal(HttpStatusCode.NoContent, enable.StatusCode);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await site.CreateClient().GetAsync("/api/kb/search?q=pothole")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await site.CreateClient().GetAsync("/api/kb/suggest?q=pot")).StatusCode);
        var page = await site.CreateClient().GetAsync("/kb/search?q=pothole");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
    }
}
