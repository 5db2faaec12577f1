using Microsoft.Extensions.Logging;

namespace CivicCrm.Users;

/// <summary>The module's notable events. Users appear by id, never by name or email.</summary>
internal static partial class UsersLog
{
    [LoggerMessage(1, LogLevel.Information, "Password reset requested for user {UserId}; email is off (feature CivicCrm.Users.Email), so the link is: {ResetLink}")]
    public static partial void ResetLinkForDevelopment(ILogger logger, string userId, string resetLink);

    [LoggerMessage(2, LogLevel.Information, "User {UserId} is locked out after repeated failed sign-ins")]
    public static partial void LockedOut(ILogger logger, string userId);

    [LoggerMessage(3, LogLevel.Information, "Password reset requested for user {UserId}; the link is queued by email")]
    public static partial void ResetLinkQueued(ILogger logger, string userId);
}
