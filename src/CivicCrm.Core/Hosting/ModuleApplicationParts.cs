using System.Reflection;
using CivicCrm.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace CivicCrm.Hosting;

/// <summary>
/// Adds every module assembly to MVC as application parts, themes first, so that a theme overrides a module view
/// by placing a view at the same relative path. Razor builds its table of compiled views from the parts in order
/// and keeps the first view it meets for a path; putting themes first is what makes their views win.
/// </summary>
internal static class ModuleApplicationParts
{
    public const string ThemeCategory = "Theme";

    public static void Add(ApplicationPartManager partManager, IEnumerable<ModuleDescriptor> modules)
    {
        // Stable: themes in discovery order, then the other modules in discovery order.
        var assemblies = modules
            .Where(m => m.Assembly is not null)
            .OrderBy(m => string.Equals(m.Category, ThemeCategory, StringComparison.Ordinal) ? 0 : 1)
            .Select(m => m.Assembly!)
            .ToList();

        // MVC already added the host's referenced assemblies (its generated [ApplicationPart] attributes) in name
        // order, which would let a module named before "CivicCrm.Themes" win. Take them out and add them back in order.
        var moduleAssemblies = assemblies.ToHashSet();
        foreach (var part in partManager.ApplicationParts.Where(p => AssemblyOf(p) is { } a && moduleAssemblies.Contains(a)).ToList())
        {
            partManager.ApplicationParts.Remove(part);
        }

        var parts = assemblies.SelectMany(a => ApplicationPartFactory.GetApplicationPartFactory(a).GetApplicationParts(a)).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            partManager.ApplicationParts.Insert(i, parts[i]);
        }
    }

    private static Assembly? AssemblyOf(ApplicationPart part) => part switch
    {
        AssemblyPart assemblyPart => assemblyPart.Assembly,
        CompiledRazorAssemblyPart razorPart => razorPart.Assembly,
        _ => null,
    };
}
