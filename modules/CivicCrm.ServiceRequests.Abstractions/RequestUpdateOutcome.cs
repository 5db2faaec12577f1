namespace CivicCrm.ServiceRequests;

/// <summary>The recorded history entry of an update, or why it was refused (<see cref="NotFound"/>: no such tracking number).</summary>
public sealed record RequestUpdateOutcome(long? EventId, bool NotFound, string? Error)
{
    public bool Succeeded => EventId is not null;
}
