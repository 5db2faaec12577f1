namespace CivicCrm.ServiceRequests.Models;

/// <summary>
/// The channels staff file on from the intake screen: a call, a resident at the counter, a fax or an email typed in.
/// Web, API and import reports come through their own doors and are never chosen here.
/// </summary>
public static class IntakeChannels
{
    public static readonly IReadOnlyList<Channel> All = [Channel.Phone, Channel.WalkIn, Channel.Fax, Channel.Email];

    /// <summary>The posted channel; none posted means a phone call (the screen's first use). Null when the value is not one of <see cref="All"/>.</summary>
    public static Channel? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Channel.Phone
            : All.Where(c => string.Equals(c.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)).Select(c => (Channel?)c).FirstOrDefault();
}
