namespace CivicCrm.Content;

/// <summary>
/// Compares what a part stores beside its declared fields (lists of objects, references kept as ids), so the diff of
/// two versions shows those changes too, worded for people. The content admin shows the rows after the part's fields.
/// Registered by a feature, a contributor runs only while that feature is enabled.
/// </summary>
public interface IContentPartDiffContributor
{
    /// <summary>The part (its definition name) this contributor compares.</summary>
    string PartName { get; }

    /// <summary>Rows for both versions of the part, changed or not, in the order a reader should see them.</summary>
    Task<IReadOnlyList<ContentDiffEntry>> CompareAsync(ContentItem older, ContentItem newer, CancellationToken cancellationToken);
}
