using CivicCrm.Notifications.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Notifications;

/// <summary>Reads the site's outbox, waiting for the worker where a test needs it.</summary>
internal static class Outbox
{
    public static async Task<OutboxMessage?> FindAsync(IServiceProvider services, string to)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.To == to).OrderByDescending(m => m.Id).FirstOrDefaultAsync();
    }

    public static async Task<OutboxMessage> WaitForAsync(IServiceProvider services, string to, Func<OutboxMessage, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        OutboxMessage? message = null;
        while (DateTime.UtcNow < until)
        {
            message = await FindAsync(services, to);
            if (message is not null && condition(message))
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The outbox message to {to} did not reach the expected state; last seen: {message?.Status}, {message?.Attempts} attempts.");
    }
}
