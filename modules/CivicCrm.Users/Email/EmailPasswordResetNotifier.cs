using CivicCrm.Notifications;
using CivicCrm.Users.Services;
using Microsoft.AspNetCore.Identity;

namespace CivicCrm.Users.Email;

/// <summary>Queues the <c>password-reset</c> template to the account's email address.</summary>
public sealed class EmailPasswordResetNotifier(INotificationSender notifications) : IPasswordResetNotifier
{
    public const string TemplateName = "password-reset";

    public async Task SendAsync(IdentityUser user, string resetLink, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return;
        }

        var model = new Dictionary<string, object?> { ["userName"] = user.UserName, ["resetLink"] = resetLink };
        await notifications.QueueTemplateAsync(TemplateName, user.Email, model, cancellationToken);
    }
}
