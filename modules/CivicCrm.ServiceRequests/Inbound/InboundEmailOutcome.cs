using Microsoft.Extensions.Logging;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>Logs what became of an inbound email; answers the refusal text when intake refused it.</summary>
internal static class InboundEmailOutcome
{
    public static string? Log(EmailIntakeResult result, ILogger logger)
    {
        if (result.IgnoredBecause is { } reason)
        {
            InboundEmailLog.NotFiled(logger, reason);
            return null;
        }

        if (result.Intake is { Succeeded: true } filed)
        {
            InboundEmailLog.Filed(logger, filed.TrackingNumber!, result.ServiceCode, filed.LinkedToExistingProblem);
            return null;
        }

        var refusal = string.Join(" ", result.Intake!.Errors.SelectMany(e => e.Value));
        InboundEmailLog.NotFiled(logger, refusal);
        return refusal;
    }
}
