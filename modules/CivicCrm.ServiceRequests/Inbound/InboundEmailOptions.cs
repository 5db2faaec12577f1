using System.ComponentModel.DataAnnotations;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary><c>CivicCrm:ServiceRequests:InboundEmail</c>: how emailed reports are filed, whichever way they arrive.</summary>
public sealed class InboundEmailOptions
{
    /// <summary>The type for an email whose words match no request type: the 311 triage type.</summary>
    [Required]
    public string FallbackServiceCode { get; set; } = "OTHER";

    /// <summary>The largest message accepted, in bytes (MIME as sent, attachments included).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 10 * 1024 * 1024;
}
