namespace CivicCrm.Contents.ViewModels;

public sealed record ContentListRow(
    string ContentItemId, string ContentType, string DisplayText, bool Published, bool HasPublishedVersion, string? Author, DateTime? ModifiedUtc)
{
    public string Status => Published ? "Published" : HasPublishedVersion ? "Published, with a newer draft" : "Draft";
}
