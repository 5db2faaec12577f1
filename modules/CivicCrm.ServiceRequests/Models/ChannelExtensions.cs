namespace CivicCrm.ServiceRequests.Models;

public static class ChannelExtensions
{
    /// <summary>Words staff read on the request page and the intake screen.</summary>
    public static string Label(this Channel channel) => channel switch
    {
        Channel.WalkIn => "Walk-in",
        Channel.Api => "API",
        Channel.Open311 => "Open311 app",
        _ => channel.ToString(),
    };
}
