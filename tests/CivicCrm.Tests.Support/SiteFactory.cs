using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Tests.Support;

/// <summary>
/// A real CivicCrm site over a fresh database, seeded by a recipe on first start, as `dotnet run` would.
/// Shared by the tests of one class; fails the class if the site logged any warning.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Riverton-admin-2026!";
    public const string ApiKey = "test-admin-key-0123456789abcdef";

    private readonly WarningLog _warnings = new();
    private readonly bool _ownsDatabase;

    public SiteFactory()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>A site over a database another site may share (another node of the same city); the owner drops it.</summary>
    protected SiteFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    /// <summary>This site's search indexes: a folder of its own, deleted with the site.</summary>
    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), $"civiccrm-indexes-{Guid.NewGuid():n}");

    /// <summary>The setup recipe; the demo city unless a subclass picks another.</summary>
    protected virtual string Recipe => "recipes/civic-demo.recipe.json";

    public IReadOnlyCollection<string> Warnings => _warnings.Entries;

    /// <summary>Removes the warnings and errors a test provoked on purpose (and returns them to check), so they do not fail the class.</summary>
    public IReadOnlyList<string> TakeWarnings(Func<string, bool> expected) => _warnings.Take(expected);

    /// <summary>Extra configuration for the site (e.g. an SMTP server); applied after the defaults, so it may override them.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("CivicCrm:Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("CivicCrm:Setup:Recipe", Recipe);
        builder.UseSetting("CivicCrm:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("CivicCrm:Setup:ApiKey", ApiKey);
        builder.UseSetting("CivicCrm:Search:IndexPath", IndexPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(_warnings));
    }

    /// <summary>A client signed in as the administrator's API key.</summary>
    public HttpClient CreateApiClient(string apiKey = ApiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public virtual Task InitializeAsync()
    {
        _ = Server; // starts the site: migrations and setup run now, not inside the first test
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DropAsync();
        }

        if (Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }
        Assert.True(Warnings.Count == 0, "The site logged warnings:\n" + string.Join("\n", Warnings));
    }
}
