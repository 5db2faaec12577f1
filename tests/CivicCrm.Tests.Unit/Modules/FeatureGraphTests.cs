using CivicCrm.Modules;

namespace CivicCrm.Tests.Unit.Modules;

public class FeatureGraphTests
{
    private static FeatureDescriptor F(string id, params string[] dependencies) => new(id, id, "", "Module." + id, dependencies);

    [Fact]
    public void Ordered_DependenciesComeFirst_WhateverTheDeclarationOrder()
    {
        var graph = new FeatureGraph([F("Workflows", "Contents", "Users"), F("Users"), F("Open311", "Workflows"), F("Contents")]);

        var order = graph.Ordered.Select(f => f.Id).ToList();

        Assert.True(order.IndexOf("Contents") < order.IndexOf("Workflows"));
        Assert.True(order.IndexOf("Users") < order.IndexOf("Workflows"));
        Assert.True(order.IndexOf("Workflows") < order.IndexOf("Open311"));
        Assert.Equal(4, order.Count);
    }

    [Fact]
    public void Constructor_MissingDependency_NamesFeatureModuleAndMissingId()
    {
        var error = Assert.Throws<ModuleGraphException>(() => new FeatureGraph([F("Open311", "ServiceRequests"), F("Users")]));

        Assert.Contains("'Open311'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Module.Open311", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ServiceRequests'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Cycle_NamesEveryModuleInIt()
    {
        var error = Assert.Throws<ModuleGraphException>(() => new FeatureGraph([F("A", "B"), F("B", "C"), F("C", "A"), F("D")]));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        foreach (var module in new[] { "Module.A", "Module.B", "Module.C" })
        {
            Assert.Contains(module, error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Module.D", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateFeatureId_IsRefused()
    {
        Assert.Throws<ModuleGraphException>(() => new FeatureGraph([F("A"), F("a")]));
    }

    [Fact]
    public void WithDependencies_IsTransitive()
    {
        var graph = new FeatureGraph([F("A"), F("B", "A"), F("C", "B"), F("D")]);

        Assert.Equal(["A", "B", "C"], graph.WithDependencies(["C"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WithDependents_IsTransitive()
    {
        var graph = new FeatureGraph([F("A"), F("B", "A"), F("C", "B"), F("D")]);

        Assert.Equal(["A", "B", "C"], graph.WithDependents(["A"]).Order(StringComparer.Ordinal));
        Assert.Equal(["D"], graph.WithDependents(["D"]));
    }
}
