namespace CivicCrm.Notifications.Models;

/// <summary>A named email template: Liquid for the subject, the text body and the optional HTML body.</summary>
public sealed class NotificationTemplate
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }

    /// <summary>A JSON object used as the model when an administrator previews the template.</summary>
    public string SampleModelJson { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }

    /// <summary>Changes on every save, so an edit based on an old version is refused instead of overwriting.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("n");
}
