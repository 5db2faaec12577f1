namespace CivicCrm.Content;

public sealed class ContentValidationException(IReadOnlyList<ContentValidationError> errors)
    : Exception("The content item is not valid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ContentValidationError> Errors { get; } = errors;
}
