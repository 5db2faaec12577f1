using CivicCrm.Modules;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.ServiceRequests.Email;

/// <summary>The optional email integration: only while Notifications is enabled.</summary>
[ForFeature("CivicCrm.ServiceRequests.Email")]
public sealed class EmailStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IServiceRequestObserver, ServiceRequestEmails>();
        services.AddScoped<SlaWatcher>();
        services.AddHostedService<SlaWatcherService>();
    }
}
