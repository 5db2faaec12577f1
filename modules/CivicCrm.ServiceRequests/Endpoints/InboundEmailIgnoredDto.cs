using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>An inbound email that was received but deliberately not filed (auto-reply, bounce, no sender).</summary>
public sealed record InboundEmailIgnoredDto([property: JsonPropertyName("ignored")] string Reason);
