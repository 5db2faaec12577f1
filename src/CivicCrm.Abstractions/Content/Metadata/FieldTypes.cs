namespace CivicCrm.Content.Metadata;

/// <summary>The field types the platform validates and stores.</summary>
public static class FieldTypes
{
    public const string Text = "Text";
    public const string MultilineText = "MultilineText";
    public const string Markdown = "Markdown";
    public const string Html = "Html";
    public const string Number = "Number";
    public const string Boolean = "Boolean";
    public const string Date = "Date";
    public const string DateTime = "DateTime";
    public const string Choice = "Choice";
    public const string ContentPicker = "ContentPicker";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Address = "Address";

    public static IReadOnlyList<string> All { get; } =
    [
        Text, MultilineText, Markdown, Html, Number, Boolean, Date, DateTime, Choice, ContentPicker, Email, Phone, Address,
    ];
}
