using System.Net;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>A failure nobody expected still answers Open311 clients in the spec's error list, never the site's error page.</summary>
public class Open311UnexpectedFailureTests(FailingCatalogSiteFactory site) : IClassFixture<FailingCatalogSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task ServiceThatThrows_Is500InTheSpecsXmlErrorList_WithoutTheExceptionsDetails_AndIsLoggedOnce()
    {
        var response = await _client.GetAsync($"{Base}/services.xml");

        var body = await response.Content.ReadAsStringAsync();
        var descriptions = await XmlErrorsAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("try again later", Assert.Single(descriptions), StringComparison.Ordinal);
        Assert.DoesNotContain("on purpose", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        var logged = site.TakeLoggedFailure();
        Assert.StartsWith("Error ", logged, StringComparison.Ordinal);
        Assert.Contains("/open311/v2/services.xml", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceThatThrows_Is500InTheSpecsJsonErrorList_ForAJsonRoute()
    {
        var response = await _client.GetAsync($"{Base}/services/POTHOLE.json");

        var body = await response.Content.ReadAsStringAsync();
        var descriptions = await JsonErrorsAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains("try again later", Assert.Single(descriptions), StringComparison.Ordinal);
        Assert.DoesNotContain("on purpose", body, StringComparison.Ordinal);
        Assert.Contains("/open311/v2/services/POTHOLE.json", site.TakeLoggedFailure(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingPost_AnswersInItsFormatToo()
    {
        var response = await _client.PostAsync($"{Base}/requests.json",
            ("api_key", CivicCrm.Tests.Support.SiteFactory.ApiKey), ("service_code", "POTHOLE"), ("lat", "41.5"), ("long", "-81.6"));

        Assert.Single(await JsonErrorsAsync(response, HttpStatusCode.InternalServerError));
        site.TakeLoggedFailure();
    }
}
