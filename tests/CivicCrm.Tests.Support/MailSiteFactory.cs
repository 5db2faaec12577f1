namespace CivicCrm.Tests.Support;

/// <summary>
/// The demo city configured to send email to an in-process <see cref="SmtpTestServer"/>, polling and retrying fast.
/// The server is running from the start unless a subclass says otherwise.
/// </summary>
public class MailSiteFactory : SiteFactory
{
    public const string FromAddress = "311@riverton.example.gov";

    public SmtpTestServer Smtp { get; } = new();

    protected virtual bool StartMailServer => true;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("CivicCrm:Notifications:Smtp:Host", "127.0.0.1"),
        new("CivicCrm:Notifications:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("CivicCrm:Notifications:Smtp:UseTls", "false"),
        new("CivicCrm:Notifications:Smtp:From:Address", FromAddress),
        new("CivicCrm:Notifications:Smtp:From:Name", "City of Riverton"),
        new("CivicCrm:Notifications:PollSeconds", "0.2"),
        new("CivicCrm:Notifications:RetryDelaySeconds", "0.5"),
        new("CivicCrm:Notifications:MaxRetryDelaySeconds", "1"),
    ];

    public override async Task InitializeAsync()
    {
        if (StartMailServer)
        {
            await Smtp.StartAsync();
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
