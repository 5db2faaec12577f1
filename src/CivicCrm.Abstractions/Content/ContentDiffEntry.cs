namespace CivicCrm.Content;

/// <summary>One row of a diff that a <see cref="IContentPartDiffContributor"/> adds: what it is, and its text in each version.</summary>
public sealed record ContentDiffEntry(string Label, string Old, string New);
