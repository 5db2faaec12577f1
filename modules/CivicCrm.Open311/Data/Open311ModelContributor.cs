using CivicCrm.Data;
using CivicCrm.Open311.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Open311.Data;

public sealed class Open311ModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PendingSubmission>(pending =>
        {
            pending.ToTable("Open311PendingSubmissions");
            pending.HasKey(p => p.Id);
            pending.Property(p => p.Token).HasMaxLength(40);
            pending.HasIndex(p => p.Token).IsUnique();
            pending.HasIndex(p => p.ClaimedUtc);
            pending.Property(p => p.TrackingNumber).HasMaxLength(16);
            pending.Property(p => p.Error).HasMaxLength(2000);
        });

        modelBuilder.Entity<RateWindow>(window =>
        {
            window.ToTable("Open311RateWindows");
            window.HasKey(w => new { w.Partition, w.WindowStartUtc });
            window.Property(w => w.Partition).HasMaxLength(80);
            window.HasIndex(w => w.WindowStartUtc);
        });
    }
}
