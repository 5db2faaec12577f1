using System.Reflection;
using System.Xml.Linq;
using CivicCrm.Modules;

namespace CivicCrm.Tests.Architecture;

/// <summary>
/// A module may use CivicCrm.Abstractions, its own abstractions and those of the modules its manifest depends on, nothing
/// else of ours: never CivicCrm.Core, never another module's implementation.
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
        var projects = ModuleProjects().Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal);

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
        var projects = AbstractionsProjects().ToList();

        Assert.All(projects, project => Assert.All(
            XDocument.Load(project).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))),
            reference => Assert.Equal("CivicCrm.Abstractions", reference)));
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
        // Its own contracts project too: the module implements them.
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "CivicCrm.Abstractions" };
        AddContracts(allowed, module.Assembly!.GetName().Name!);
        foreach (var dependency in module.Features.SelectMany(f => f.Dependencies))
        {
            var owner = Modules.FirstOrDefault(m => m.Features.Any(f => f.Id == dependency));
            if (owner is not null)
            {
                AddContracts(allowed, owner.Assembly!.GetName().Name!);
            }
        }

        return allowed;
    }

    /// <summary>
    /// A module's contracts are its own <c>.Abstractions</c> and those of the family it implements: CivicCrm.Search.Lucene
    /// implements CivicCrm.Search.Abstractions, so it and the modules depending on it may use them.
    /// </summary>
    private static void AddContracts(HashSet<string> allowed, string assemblyName)
    {
        allowed.Add(assemblyName + ".Abstractions");
        for (var dot = assemblyName.LastIndexOf('.'); dot > "CivicCrm".Length; dot = assemblyName.LastIndexOf('.', dot - 1))
        {
            allowed.Add(assemblyName[..dot] + ".Abstractions");
        }
    }

    private static IEnumerable<string> ProjectReferences(Assembly assembly)
    {
        var project = ModuleProjects().Single(p => Path.GetFileNameWithoutExtension(p) == assembly.GetName().Name);
        return XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
    }

    /// <summary>Module and theme projects; a module's contracts project (<c>*.Abstractions</c>) is not a module.</summary>
    private static IEnumerable<string> ModuleProjects() => AllProjects().Where(p => !IsAbstractions(p));

    private static IEnumerable<string> AbstractionsProjects() => AllProjects().Where(IsAbstractions);

    private static bool IsAbstractions(string project) => Path.GetFileNameWithoutExtension(project).EndsWith(".Abstractions", StringComparison.Ordinal);

    private static IEnumerable<string> AllProjects()
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
