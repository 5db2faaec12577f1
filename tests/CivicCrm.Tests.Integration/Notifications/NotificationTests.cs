using System.Net;
using CivicCrm.Data;
using CivicCrm.Notifications;
using CivicCrm.Notifications.Models;
using CivicCrm.Notifications.Templates;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Notifications;

public class NotificationTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    private static string NewAddress() => $"resident-{Guid.NewGuid():n}@example.org";

    private async Task QueueAsync(EmailMessage message)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotificationSender>().QueueAsync(message);
    }

    [Fact]
    public async Task QueuedMessage_ArrivesAtTheSmtpServer_AndIsMarkedSent()
    {
        var to = NewAddress();

        await QueueAsync(new EmailMessage(to, "Your report RIV-1", "Plain text body", "<p>HTML body</p>"));

        var received = await site.Smtp.WaitForMessageToAsync(to);
        Assert.Equal("Your report RIV-1", received.Subject);
        Assert.Equal("Plain text body", received.TextBody!.Trim());
        Assert.Equal("<p>HTML body</p>", received.HtmlBody!.Trim());
        Assert.Equal(MailSiteFactory.FromAddress, received.From.Mailboxes.Single().Address);
        var row = await Outbox.WaitForAsync(site.Services, to, m => m.Status == OutboxStatus.Sent);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentUtc);
    }

    [Fact]
    public async Task MessageQueuedInARolledBackUnitOfWork_IsNeverSent()
    {
        var to = NewAddress();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await using var work = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync();
            await scope.ServiceProvider.GetRequiredService<INotificationSender>().QueueAsync(new EmailMessage(to, "Never", "Never"));
            // disposed without CompleteAsync: rolled back
        }

        await QueueAsync(new EmailMessage(NewAddress(), "Marker", "Sent after the rolled-back one"));
        await site.Smtp.WaitForMessageAsync(m => m.Subject == "Marker");
        Assert.Null(await Outbox.FindAsync(site.Services, to));
        Assert.DoesNotContain(site.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == to));
    }

    [Fact]
    public async Task Template_IsRenderedWithTheModel_AndQueued()
    {
        var to = NewAddress();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<INotificationSender>().QueueTemplateAsync("request-received", to, new Dictionary<string, object?>
            {
                ["trackingNumber"] = "RIV-9Z2X", ["typeName"] = "Street light out", ["address"] = "5 Elm St <b>", ["statusUrl"] = "https://riverton.example.gov/requests/RIV-9Z2X",
            });
        }

        var received = await site.Smtp.WaitForMessageToAsync(to);
        Assert.Equal("We received your report RIV-9Z2X: Street light out", received.Subject);
        Assert.Contains("about street light out at 5 Elm St <b>.", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("at 5 Elm St &lt;b&gt;.", received.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_RefusesDotNetMemberAccess()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<LiquidTemplateRenderer>();
        var user = new IdentityUser { UserName = "jdoe", PasswordHash = "secret-hash", SecurityStamp = "secret-stamp" };

        var email = await renderer.RenderAsync(
            "Hi {{ name }}", "[{{ user.PasswordHash }}][{{ user.SecurityStamp }}][{{ user.UserName }}][{{ nested.inner.value }}]", null,
            new Dictionary<string, object?> { ["name"] = "Ada", ["user"] = user, ["nested"] = new Dictionary<string, object?> { ["inner"] = new Dictionary<string, object?> { ["value"] = 42 } } });

        Assert.Equal("Hi Ada", email.Subject);
        Assert.Equal("[][][][42]", email.TextBody);
    }

    [Fact]
    public async Task FailedMessage_IsListedInTheOutbox_AndRetriedFromTheAdmin()
    {
        var to = NewAddress();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                To = to, Subject = "Gave up earlier", TextBody = "Body", Status = OutboxStatus.Failed, Attempts = 8,
                CreatedUtc = DateTime.UtcNow, NextAttemptUtc = DateTime.UtcNow, LastError = "550 mailbox unavailable",
            });
            await db.SaveChangesAsync();
        }

        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var failed = await admin.GetStringAsync("/admin/notifications/outbox?status=Failed");
        Assert.Contains("550 mailbox unavailable", failed, StringComparison.Ordinal);
        var id = (await Outbox.FindAsync(site.Services, to))!.Id;

        var retried = await admin.PostFormAsync("/admin/notifications/outbox?status=Failed", $"/admin/notifications/outbox/{id}/retry", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        await site.Smtp.WaitForMessageToAsync(to);
        Assert.Equal(1, (await Outbox.WaitForAsync(site.Services, to, m => m.Status == OutboxStatus.Sent)).Attempts);
    }

    [Fact]
    public async Task TemplateEditor_SavesValidLiquid_AndRefusesBrokenLiquid()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var page = "/admin/notifications/templates/sla-warning";
        var html = await admin.GetStringAsync(page);
        var stamp = System.Text.RegularExpressions.Regex.Match(html, "name=\"ConcurrencyStamp\" value=\"([a-f0-9]+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["Subject"] = "Due soon: {{ trackingNumber }}", ["TextBody"] = "{% if %}", ["SampleModelJson"] = "{}", ["ConcurrencyStamp"] = stamp,
        };

        var broken = await admin.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("Not valid Liquid", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["TextBody"] = "Request {{ trackingNumber }} is due soon.";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page, fields)).StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<NotificationTemplate>().AsNoTracking().SingleAsync(t => t.Name == "sla-warning");
        Assert.Equal("Request {{ trackingNumber }} is due soon.", saved.TextBody);
    }
}
