using CivicCrm.Modules;
using CivicCrm.ServiceRequests.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>The email intake channel: the raw MIME endpoint for mail gateways and the optional SMTP listener.</summary>
public sealed class InboundEmailStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<EmailIntake>();
        services.AddOptions<InboundEmailOptions>().BindConfiguration("CivicCrm:ServiceRequests:InboundEmail").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InboundSmtpOptions>().BindConfiguration("CivicCrm:ServiceRequests:InboundSmtp").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboundSmtpOptions>, InboundSmtpOptionsValidator>());
        services.AddHostedService<InboundSmtpService>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapInboundEmailEndpoints();
}
