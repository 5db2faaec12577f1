using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration.Notifications;

/// <summary>A site whose SMTP server is down until a test starts it.</summary>
public sealed class MailServerDownSiteFactory : MailSiteFactory
{
    protected override bool StartMailServer => false;
}
