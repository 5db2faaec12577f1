using CivicCrm.Data;
using CivicCrm.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Notifications.Data;

/// <summary>The outbox and the templates.</summary>
public sealed class NotificationsModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("NotificationOutbox");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedOnAdd();
            message.Property(m => m.To).HasMaxLength(320);
            message.Property(m => m.Subject).HasMaxLength(1000);
            message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            message.Property(m => m.ClaimToken).HasMaxLength(32);
            message.Property(m => m.LastError).HasMaxLength(1000);
            // The worker's poll: due queued rows, oldest schedule first.
            message.HasIndex(m => new { m.Status, m.NextAttemptUtc });
            // The admin's lists per status, newest first.
            message.HasIndex(m => new { m.Status, m.CreatedUtc });
        });

        modelBuilder.Entity<NotificationTemplate>(template =>
        {
            template.ToTable("NotificationTemplates");
            template.HasKey(t => t.Name);
            template.Property(t => t.Name).HasMaxLength(100);
            template.Property(t => t.Description).HasMaxLength(500);
            template.Property(t => t.Subject).HasMaxLength(1000);
            template.Property(t => t.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
        });
    }
}
