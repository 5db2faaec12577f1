namespace CivicCrm.Notifications;

/// <summary>
/// The SMTP server, <c>CivicCrm:Notifications:Smtp</c>. Without a <see cref="Host"/> nothing is sent: messages stay
/// queued until one is configured. <see cref="Password"/> is a secret: pass it as an environment variable.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>TLS on connect for port 465, STARTTLS otherwise; false only for a relay on a trusted network (or tests).</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpFromOptions From { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
