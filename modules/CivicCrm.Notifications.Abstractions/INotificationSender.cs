namespace CivicCrm.Notifications;

/// <summary>
/// Queues email. Nothing is sent inside the caller's request: the message is written to the outbox in the caller's
/// transaction (so a rolled-back change sends nothing) and a background worker delivers it, retrying on failure.
/// </summary>
public interface INotificationSender
{
    /// <summary>Adds the message to the outbox in the caller's transaction; a background worker sends it with retries.</summary>
    Task QueueAsync(EmailMessage message, CancellationToken cancellationToken = default);

    /// <summary>Renders the named template (Liquid) with the model's allow-listed properties and queues the result.</summary>
    Task QueueTemplateAsync(string templateName, string to, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default);
}
