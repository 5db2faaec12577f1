namespace CivicCrm.Recipes;

/// <summary>One problem in a recipe: the step's index and name, and a JSON path inside the step.</summary>
public sealed record RecipeError(int StepIndex, string StepName, string Path, string Message)
{
    public override string ToString() => $"steps[{StepIndex}] ({StepName}) {Path}: {Message}";
}
