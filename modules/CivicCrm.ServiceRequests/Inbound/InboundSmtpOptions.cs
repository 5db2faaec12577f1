using System.ComponentModel.DataAnnotations;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>
/// <c>CivicCrm:ServiceRequests:InboundSmtp</c>: the product's own SMTP listener for the city's 311 address. Off unless
/// <see cref="Port"/> is set.
/// </summary>
public sealed class InboundSmtpOptions
{
    /// <summary>The TCP port to listen on (e.g. 25 or 2525 behind the city's mail relay); unset = no listener.</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>The local address to bind; loopback unless the city's relay reaches it over the network.</summary>
    [Required]
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The host name the listener greets with.</summary>
    [Required]
    public string ServerName { get; set; } = "localhost";

    /// <summary>The only recipient addresses accepted (e.g. 311@riverton.gov); mail to any other address is refused.</summary>
    public List<string> Recipients { get; set; } = [];
}
