namespace CivicCrm.Contents.ViewModels;

/// <summary>An item a content picker may pick.</summary>
public sealed record PickerOption(string ContentItemId, string DisplayText, string ContentType);
