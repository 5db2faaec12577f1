using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>A listener needs a bindable address and at least one valid recipient address, or it would accept nothing.</summary>
public sealed class InboundSmtpOptionsValidator : IValidateOptions<InboundSmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundSmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is null)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!IPAddress.TryParse(options.Address, out _))
        {
            failures.Add($"CivicCrm:ServiceRequests:InboundSmtp:Address must be an IP address to bind (it is '{options.Address}').");
        }

        if (options.Recipients.Count == 0)
        {
            failures.Add("CivicCrm:ServiceRequests:InboundSmtp:Recipients must list the 311 address(es) the listener accepts mail for.");
        }

        failures.AddRange(options.Recipients.Where(r => !MailAddress.TryCreate(r.Trim(), out _))
            .Select(r => $"CivicCrm:ServiceRequests:InboundSmtp:Recipients: '{r}' is not an email address."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
