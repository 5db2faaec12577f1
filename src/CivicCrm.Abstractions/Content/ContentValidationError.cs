namespace CivicCrm.Content;

/// <summary>One problem with a content item; <see cref="Path"/> names the field, e.g. <c>Faq.Question</c>.</summary>
public sealed record ContentValidationError(string Path, string Message);
