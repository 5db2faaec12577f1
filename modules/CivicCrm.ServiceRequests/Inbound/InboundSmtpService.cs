using System.Net;
using CivicCrm.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>
/// The product's own SMTP listener (SmtpServer library) for the city's 311 address: accepts mail only for the
/// configured recipients and up to the size limit, and files each message as a report.
/// </summary>
public sealed class InboundSmtpService(
    IServiceScopeFactory scopes, IPlatformReadiness readiness, IOptions<InboundSmtpOptions> smtp, IOptions<InboundEmailOptions> email,
    ILogger<InboundSmtpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = smtp.Value;
        if (options.Port is not { } port)
        {
            InboundEmailLog.Off(logger);
            return;
        }

        await readiness.WaitAsync(stoppingToken);
        var recipients = options.Recipients.Select(r => r.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName(options.ServerName)
            .MaxMessageSize(email.Value.MaxMessageBytes, MaxMessageSizeHandling.Strict)
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Parse(options.Address), port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new DelegatingMailboxFilter((_, to, _) => recipients.Contains(to.AsAddress())));
        services.Add(new InboundMessageStore(scopes, logger));
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        InboundEmailLog.Listening(logger, options.Address, port, recipients.Count);
        try
        {
            await server.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }
}
