namespace CivicCrm.Tests.Support;

/// <summary>A site set up from a recipe with no content, to import exports into.</summary>
public sealed class EmptySiteFactory : SiteFactory
{
    protected override string Recipe => Path.Combine(AppContext.BaseDirectory, "Recipes", "empty.recipe.json");
}
