namespace CivicCrm.Content.Metadata;

/// <summary>A definition change that would leave the model broken (bad names, unknown field types, parts in use).</summary>
public sealed class ContentDefinitionException(IReadOnlyList<ContentValidationError> errors)
    : Exception("The content definition is not valid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}
