namespace CivicCrm.ServiceRequests.Services;

/// <summary>Why a staff action on a problem was refused, and which input field it is about (for a 400 naming the field).</summary>
public sealed record ActionError(string Field, string Message)
{
    public IDictionary<string, string[]> ToErrors() => new Dictionary<string, string[]> { [Field] = [Message] };
}
