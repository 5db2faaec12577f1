using System.ComponentModel.DataAnnotations;

namespace CivicCrm.ServiceRequests;

/// <summary><c>CivicCrm:ServiceRequests</c>.</summary>
public sealed class ServiceRequestsOptions
{
    /// <summary>The site's public address for links in emails sent by background work, e.g. https://311.riverton.gov.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How often the SLA watcher looks for work items at their warning or breach time.</summary>
    [Range(0.1, 3600)]
    public double SlaCheckSeconds { get; set; } = 60;
}
