using CivicCrm.Notifications;
using CivicCrm.Notifications.Models;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Notifications;

public class SmtpRetryTests(MailServerDownSiteFactory site) : IClassFixture<MailServerDownSiteFactory>
{
    [Fact]
    public async Task MessageToADownServer_StaysQueuedWithItsError_AndIsDeliveredOnceTheServerIsUp()
    {
        var to = $"resident-{Guid.NewGuid():n}@example.org";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<INotificationSender>().QueueAsync(new EmailMessage(to, "Your report RIV-7", "Body"));
        }

        var waiting = await Outbox.WaitForAsync(site.Services, to, m => m.Attempts >= 2);
        Assert.Equal(OutboxStatus.Queued, waiting.Status);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));
        Assert.Empty(site.Smtp.Messages);

        await site.Smtp.StartAsync();

        var received = await site.Smtp.WaitForMessageToAsync(to);
        Assert.Equal("Your report RIV-7", received.Subject);
        var sent = await Outbox.WaitForAsync(site.Services, to, m => m.Status == OutboxStatus.Sent);
        Assert.True(sent.Attempts >= 3);
        Assert.Single(site.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == to));
    }
}
