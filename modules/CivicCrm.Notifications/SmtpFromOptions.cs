namespace CivicCrm.Notifications;

/// <summary>The sender of every message: <c>CivicCrm:Notifications:Smtp:From:Address</c> and <c>:Name</c>.</summary>
public sealed class SmtpFromOptions
{
    public string? Address { get; set; }

    public string Name { get; set; } = "";
}
