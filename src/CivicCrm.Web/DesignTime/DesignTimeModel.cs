using CivicCrm.Data;
using CivicCrm.Modules;

namespace CivicCrm.Web.DesignTime;

/// <summary>The same model the running host composes, for the EF tools that create migrations.</summary>
internal static class DesignTimeModel
{
    public static DataModel Create()
    {
        var directory = Path.GetDirectoryName(typeof(DesignTimeModel).Assembly.Location)!;
        var modules = ModuleDiscovery.FromAssemblies(ModuleDiscovery.LoadApplicationAssemblies(directory));
        return DataModel.Discover(modules.Select(m => m.Assembly!));
    }
}
