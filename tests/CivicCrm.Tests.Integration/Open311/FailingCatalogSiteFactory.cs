using CivicCrm.ServiceRequests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Open311 over a request-type catalog that fails on every call, as a lost database would make it fail.</summary>
public sealed class FailingCatalogSiteFactory : Open311SiteFactory
{
    public const string Failure = "The request-type catalog failed on purpose (test).";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IRequestTypeCatalog, FailingCatalog>());
    }

    /// <summary>Takes the one error the failed call must have logged; the class fails if there was none, or more.</summary>
    public string TakeLoggedFailure()
    {
        var logged = TakeWarnings(w => w.Contains(Failure, StringComparison.Ordinal));
        Assert.True(logged.Count == 1, $"Expected the failure logged once, got {logged.Count}:\n{string.Join("\n", logged)}");
        return logged[0];
    }

    private sealed class FailingCatalog : IRequestTypeCatalog
    {
        public Task<IReadOnlyList<ServiceTypeInfo>> ListAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Failure);

        public Task<ServiceTypeInfo?> FindAsync(string code, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Failure);
    }
}
