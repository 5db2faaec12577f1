using CivicCrm.Modules;
using CivicCrm.Themes.Portal.Services;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Themes.Portal;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<PublicPages>();
        services.AddSingleton<PageMarkdown>();
    }
}
