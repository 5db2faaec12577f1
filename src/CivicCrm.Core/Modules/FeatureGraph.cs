namespace CivicCrm.Modules;

/// <summary>
/// The dependency graph of all installed features: validated once at start, ordered so that every feature
/// comes after what it depends on, and asked for the closure of dependencies or dependents.
/// </summary>
public sealed class FeatureGraph
{
    private readonly Dictionary<string, FeatureDescriptor> _byId;
    private readonly Dictionary<string, List<string>> _dependents;

    public FeatureGraph(IEnumerable<FeatureDescriptor> features)
    {
        var all = features.ToList();
        var duplicate = all.GroupBy(f => f.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModuleGraphException(
                $"Feature '{duplicate.Key}' is declared more than once (modules: {string.Join(", ", duplicate.Select(f => f.ModuleId))}).");
        }

        _byId = all.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        var missing = all
            .SelectMany(f => f.Dependencies.Where(d => !_byId.ContainsKey(d)).Select(d => (Feature: f, Missing: d)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleGraphException("Missing module dependencies: " + string.Join("; ", missing.Select(m =>
                $"feature '{m.Feature.Id}' of module '{m.Feature.ModuleId}' depends on '{m.Missing}', which no installed module provides")) + ".");
        }

        _dependents = all.ToDictionary(f => f.Id, _ => new List<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var feature in all)
        {
            foreach (var dependency in feature.Dependencies)
            {
                _dependents[_byId[dependency].Id].Add(feature.Id);
            }
        }

        Ordered = Sort(all);
    }

    /// <summary>Every feature, dependencies first; ties keep declaration order so start-up is repeatable.</summary>
    public IReadOnlyList<FeatureDescriptor> Ordered { get; }

    public FeatureDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The features and everything they depend on, transitively.</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> ids) => Closure(ids, id => _byId[id].Dependencies);

    /// <summary>The features and everything that depends on them, transitively.</summary>
    public IReadOnlySet<string> WithDependents(IEnumerable<string> ids) => Closure(ids, id => _dependents[id]);

    private HashSet<string> Closure(IEnumerable<string> ids, Func<string, IEnumerable<string>> next)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(ids.Select(id => _byId[id].Id));
        while (pending.TryPop(out var id))
        {
            if (result.Add(id))
            {
                foreach (var other in next(id))
                {
                    pending.Push(_byId[other].Id);
                }
            }
        }

        return result;
    }

    private List<FeatureDescriptor> Sort(List<FeatureDescriptor> all)
    {
        var ordered = new List<FeatureDescriptor>(all.Count);
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        var path = new List<string>();

        void Visit(FeatureDescriptor feature)
        {
            if (state.TryGetValue(feature.Id, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.FindIndex(p => string.Equals(p, feature.Id, StringComparison.OrdinalIgnoreCase))).Append(feature.Id);
                    var modules = cycle.Select(id => _byId[id].ModuleId).Distinct();
                    throw new ModuleGraphException(
                        $"Features depend on each other in a cycle: {string.Join(" -> ", cycle)} (modules: {string.Join(", ", modules)}).");
                }

                return;
            }

            state[feature.Id] = false;
            path.Add(feature.Id);
            foreach (var dependency in feature.Dependencies)
            {
                Visit(_byId[dependency]);
            }

            path.RemoveAt(path.Count - 1);
            state[feature.Id] = true;
            ordered.Add(feature);
        }

        foreach (var feature in all)
        {
            Visit(feature);
        }

        return ordered;
    }
}
