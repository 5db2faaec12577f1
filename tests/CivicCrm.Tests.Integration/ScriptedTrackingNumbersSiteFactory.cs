using System.Collections.Concurrent;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>A site whose tests can script the tracking numbers intake draws next, to make two reports draw the same one.</summary>
public sealed class ScriptedTrackingNumbersSiteFactory : SiteFactory
{
    public ScriptedTrackingNumbers Numbers { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ITrackingNumberSource>(Numbers));
    }

    /// <summary>The scripted numbers first, in order, then random ones.</summary>
    public sealed class ScriptedTrackingNumbers : ITrackingNumberSource
    {
        private readonly ConcurrentQueue<string> _next = new();

        public int Remaining => _next.Count;

        public void Script(params IEnumerable<string> numbers)
        {
            foreach (var number in numbers)
            {
                _next.Enqueue(number);
            }
        }

        public string Next() => _next.TryDequeue(out var number) ? number : TrackingNumbers.New();
    }
}
