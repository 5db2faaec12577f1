using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace CivicCrm.Notifications;

/// <summary>The rules across fields and into the nested SMTP section, which data annotations do not reach.</summary>
public sealed class NotificationsOptionsValidator : IValidateOptions<NotificationsOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationsOptions options)
    {
        var smtp = options.Smtp;
        if (!smtp.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (smtp.Port is < 1 or > 65535)
        {
            failures.Add("CivicCrm:Notifications:Smtp:Port must be between 1 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(smtp.From.Address) || !MailAddress.TryCreate(smtp.From.Address, out _))
        {
            failures.Add("CivicCrm:Notifications:Smtp:From:Address must be an email address when Smtp:Host is set.");
        }

        if (string.IsNullOrEmpty(smtp.UserName) != string.IsNullOrEmpty(smtp.Password))
        {
            failures.Add("CivicCrm:Notifications:Smtp:UserName and Password go together.");
        }

        if (options.MaxRetryDelaySeconds < options.RetryDelaySeconds)
        {
            failures.Add("CivicCrm:Notifications:MaxRetryDelaySeconds must not be less than RetryDelaySeconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
