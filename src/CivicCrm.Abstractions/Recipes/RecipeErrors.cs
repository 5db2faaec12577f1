namespace CivicCrm.Recipes;

/// <summary>Collects a step's errors with its index, so the recipe reports all of them at once.</summary>
public sealed class RecipeErrors(int stepIndex, string stepName)
{
    private readonly List<RecipeError> _errors = [];

    public int StepIndex { get; } = stepIndex;
    public string StepName { get; } = stepName;
    public IReadOnlyList<RecipeError> All => _errors;
    public bool Any => _errors.Count > 0;

    public void Add(string path, string message) => _errors.Add(new RecipeError(StepIndex, StepName, path, message));
}
