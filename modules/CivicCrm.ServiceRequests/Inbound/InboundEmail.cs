namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>What a resident's email says, read out of its MIME: plain text only.</summary>
/// <param name="SenderAddress">The reply address (Reply-To, else From).</param>
/// <param name="Images">File names and sizes of attached images.</param>
/// <param name="IsAutomatic">An auto-reply, bounce or list message: never filed, never answered (no mail loops).</param>
public sealed record InboundEmail(
    string? SenderAddress, string? SenderName, string Subject, string Body, IReadOnlyList<InboundImage> Images, bool IsAutomatic);

/// <summary>An image attached to an inbound email.</summary>
public sealed record InboundImage(string FileName, long Bytes);
