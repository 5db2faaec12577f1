using Microsoft.AspNetCore.Identity;

namespace CivicCrm.Users.Services;

/// <summary>Delivers a password reset link to the account's owner. Provided by an optional feature (email).</summary>
public interface IPasswordResetNotifier
{
    Task SendAsync(IdentityUser user, string resetLink, CancellationToken cancellationToken);
}
