namespace CivicCrm.ServiceRequests;

/// <summary>
/// Which reports to read, newest first. <see cref="TrackingNumbers"/>, when given, overrides every other filter.
/// Times filter the requested time: from inclusive, to inclusive.
/// </summary>
public sealed record PublicRequestQuery
{
    public IReadOnlyCollection<string>? TrackingNumbers { get; init; }
    public IReadOnlyCollection<string>? ServiceCodes { get; init; }
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }

    /// <summary>True: open only; false: closed only; null: both.</summary>
    public bool? Open { get; init; }

    public int Skip { get; init; }
    public int Take { get; init; } = 1000;

    /// <summary>Also read the answers and the public history of each report's problem.</summary>
    public bool WithDetails { get; init; }
}
