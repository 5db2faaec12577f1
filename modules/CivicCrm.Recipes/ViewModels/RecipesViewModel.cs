namespace CivicCrm.Recipes.ViewModels;

public sealed class RecipesViewModel
{
    public IReadOnlyList<string> ContentTypes { get; set; } = [];
    public IReadOnlyList<string> Steps { get; set; } = [];
    public IReadOnlyList<string> Errors { get; set; } = [];
}
