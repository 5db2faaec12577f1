namespace CivicCrm.Contents.ViewModels;

/// <summary>One field of a preview; <see cref="Html"/> is set (already sanitized) for Markdown and HTML fields.</summary>
public sealed record PreviewField(string Part, string Label, string Text, string? Html);
