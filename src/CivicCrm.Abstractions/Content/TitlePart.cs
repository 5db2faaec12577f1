namespace CivicCrm.Content;

/// <summary>The platform's title part: when a type has it, the title is the item's display text.</summary>
public sealed class TitlePart
{
    public string Title { get; set; } = "";
}
