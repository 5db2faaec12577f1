namespace CivicCrm.Notifications.Templates;

/// <summary>A template rendered with a model: what an email to one recipient will say.</summary>
public sealed record RenderedEmail(string Subject, string TextBody, string? HtmlBody);
