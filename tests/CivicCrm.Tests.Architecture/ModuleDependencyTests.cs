using System.Reflection;
using System.Xml.Linq;
using CivicCrm.Modules;

namespace CivicCrm.Tests.Architecture;

/// <summary>
/// A module may use CivicCrm.Abstractions, its own abstractions and the abstractions of the modules its manifest
/// (or one of its features) depends on, nothing else of ours: never CivicCrm.Core, never another module's
/// implementation. A module's abstractions project (modules/X.Abstractions) references only CivicCrm.Abstractions.
/// </summary>
public class ModuleDependencyTests
{
    private static readonly IReadOnlyList<ModuleDescriptor> Modules =
        ModuleDiscovery.FromAssemblies(ModuleDiscovery.LoadApplicationAssemblies());

    public static TheoryData<string> ModuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules)
        {
            data.Add(module.Id);
        }

        return data;
    }

    [Fact]
    public void EveryModuleProjectIsInstalledInTheHost()
    {
        var projects = ModuleProjects().Select(p => Path.GetFileNameWithoutExtension(p))
            .Where(name => !name.EndsWith(".Abstractions", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(projects, Modules.Select(m => m.Assembly!.GetName().Name!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModuleIds))]
    public void Module_ReferencesOnlyAbstractionsOfDeclaredDependencies(string moduleId)
    {
        var module = Modules.Single(m => m.Id == moduleId);
        var allowed = Allowed(module);

        var compiled = module.Assembly!.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("CivicCrm.", StringComparison.Ordinal));
        var declared = ProjectReferences(module.Assembly!);

        Assert.All(compiled.Concat(declared), reference => Assert.True(allowed.Contains(reference),
            $"{module.Id} references {reference}; a module may reference only {string.Join(", ", allowed)}."));
    }

    [Fact]
    public void ModuleAbstractions_ReferenceOnlyCivicCrmAbstractions()
    {
        var projects = ModuleProjects().Where(p => Path.GetFileNameWithoutExtension(p).EndsWith(".Abstractions", StringComparison.Ordinal)).ToList();

        Assert.All(projects, project => Assert.All(
            XDocument.Load(project).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))),
            reference => Assert.True(reference == "CivicCrm.Abstractions", $"{Path.GetFileName(project)} references {reference}; module abstractions reference only CivicCrm.Abstractions.")));
        Assert.All(projects, project => Assert.True(
            File.Exists(Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(project) + ".dll")),
            $"{Path.GetFileName(project)} is not installed in the host."));
    }

    [Fact]
    public void Abstractions_ReferenceNoOtherCivicCrmAssembly()
    {
        var abstractions = typeof(ModuleAttribute).Assembly;

        Assert.DoesNotContain(abstractions.GetReferencedAssemblies(), a => a.Name!.StartsWith("CivicCrm.", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_ReferencesNoModule()
    {
        var core = typeof(ModuleCatalog).Assembly;
        var moduleNames = Modules.Select(m => m.Assembly!.GetName().Name).ToHashSet();

        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => moduleNames.Contains(a.Name));
    }

    private static HashSet<string> Allowed(ModuleDescriptor module)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "CivicCrm.Abstractions", module.Assembly!.GetName().Name + ".Abstractions" };
        foreach (var dependency in module.Features.SelectMany(f => f.Dependencies))
        {
            var owner = Modules.FirstOrDefault(m => m.Features.Any(f => f.Id == dependency));
            if (owner is not null)
            {
                allowed.Add(owner.Assembly!.GetName().Name + ".Abstractions");
            }
        }

        return allowed;
    }

    private static IEnumerable<string> ProjectReferences(Assembly assembly)
    {
        var project = ModuleProjects().Single(p => Path.GetFileNameWithoutExtension(p) == assembly.GetName().Name);
        return XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
    }

    private static IEnumerable<string> ModuleProjects()
    {
        var root = RepositoryRoot();
        return new[] { "modules", "themes" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CivicCrm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CivicCrm.sln not found above the test binaries.");
    }
}
