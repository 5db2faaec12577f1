using System.Buffers;
using CivicCrm.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>
/// Takes each message the listener accepted and files it through <see cref="EmailIntake"/> in its own scope, before
/// answering the sender's server: a 250 means the report is stored, a 4xx asks the relay to try again later.
/// </summary>
internal sealed class InboundMessageStore(IServiceScopeFactory scopes, ILogger logger) : MessageStore
{
    private const string FeatureId = "CivicCrm.ServiceRequests";

    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(FeatureId))
            {
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Service requests are not accepted by email right now");
            }

            using var stream = new MemoryStream(buffer.ToArray(), writable: false);
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<EmailIntake>().FileAsync(message, "email", cancellationToken);
            return InboundEmailOutcome.Log(result, logger) is { } refusal
                ? new SmtpResponse(SmtpReplyCode.TransactionFailed, refusal)
                : SmtpResponse.Ok;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            InboundEmailLog.Failed(logger, exception);
            return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Temporary failure, please try again later");
        }
    }
}
