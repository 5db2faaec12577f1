using System.Reflection;

namespace CivicCrm.Data;

/// <summary>The model contributors of the platform and of every installed module, in a stable order.</summary>
public sealed class DataModel(IReadOnlyList<IDataModelContributor> contributors)
{
    public IReadOnlyList<IDataModelContributor> Contributors { get; } = contributors;

    /// <summary>Identifies the set of contributors, so contexts built from different sets get different models.</summary>
    public string Key { get; } = string.Join(";", contributors.Select(c => c.GetType().AssemblyQualifiedName));

    public static DataModel Discover(IEnumerable<Assembly> moduleAssemblies)
    {
        var contributors = new List<IDataModelContributor> { new CoreModelContributor() };
        contributors.AddRange(moduleAssemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IDataModelContributor).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IDataModelContributor)Activator.CreateInstance(t)!));
        return new DataModel(contributors);
    }
}
