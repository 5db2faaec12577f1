using CivicCrm.Data;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Data;

public sealed class ServiceRequestsModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RequestType>(type =>
        {
            type.ToTable("RequestTypes");
            type.HasKey(t => t.Id);
            type.HasIndex(t => t.Code).IsUnique();
            type.Property(t => t.Code).HasMaxLength(64);
            type.Property(t => t.Name).HasMaxLength(200);
            type.Property(t => t.Group).HasMaxLength(100);
            type.Property(t => t.Keywords).HasMaxLength(500);
            type.Property(t => t.DepartmentCode).HasMaxLength(64);
            type.Property(t => t.DefaultPriority).HasMaxLength(20);
            type.OwnsMany(t => t.Questions, q =>
            {
                q.ToJson();
                q.OwnsMany(x => x.Values);
            });
        });

        modelBuilder.Entity<Problem>(problem =>
        {
            problem.ToTable("Problems");
            problem.HasKey(p => p.Id);
            problem.Property(p => p.RequestTypeCode).HasMaxLength(64);
            problem.Property(p => p.RequestTypeGroup).HasMaxLength(100);
            problem.Property(p => p.Address).HasMaxLength(300);
            problem.Property(p => p.NormalizedAddress).HasMaxLength(300);
            // Duplicate candidates: same type (or group) in a latitude band, or the same address; open ones only.
            // Candidate lookup by box: the latitude range is a range scan within the type, and longitude and creation
            // time are checked in the index itself, so only problems inside the box and window are read from the table.
            problem.HasIndex(p => new { p.RequestTypeCode, p.Latitude, p.Longitude, p.CreatedUtc });
            problem.HasIndex(p => new { p.RequestTypeGroup, p.Latitude, p.Longitude, p.CreatedUtc });
            // Candidate lookup by the same address within the type (or group), whatever the city's size.
            problem.HasIndex(p => new { p.RequestTypeCode, p.NormalizedAddress });
            problem.HasIndex(p => new { p.RequestTypeGroup, p.NormalizedAddress });
            problem.HasIndex(p => p.NormalizedAddress);
        });

        modelBuilder.Entity<ServiceRequest>(request =>
        {
            request.ToTable("ServiceRequests");
            request.HasKey(r => r.Id);
            request.HasIndex(r => r.TrackingNumber).IsUnique();
            request.HasIndex(r => r.SourceId).IsUnique();
            request.HasIndex(r => r.ProblemId);
            request.HasIndex(r => r.RequestedUtc);
            request.HasIndex(r => r.NormalizedAddress);
            request.Property(r => r.TrackingNumber).HasMaxLength(16);
            request.Property(r => r.RequestTypeCode).HasMaxLength(64);
            request.Property(r => r.Priority).HasMaxLength(20);
            request.Property(r => r.Description).HasMaxLength(4000);
            request.Property(r => r.Address).HasMaxLength(300);
            request.Property(r => r.NormalizedAddress).HasMaxLength(300);
            request.Property(r => r.ContactName).HasMaxLength(200);
            request.Property(r => r.ContactEmail).HasMaxLength(256);
            request.Property(r => r.ContactPhone).HasMaxLength(40);
            request.Property(r => r.MediaUrl).HasMaxLength(1000);
            request.Property(r => r.CreatedBy).HasMaxLength(256);
            request.Property(r => r.SourceId).HasMaxLength(100);
            request.Property(r => r.Answers).HasConversion(
                answers => System.Text.Json.JsonSerializer.Serialize(answers, (System.Text.Json.JsonSerializerOptions?)null),
                json => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json, (System.Text.Json.JsonSerializerOptions?)null) ?? new(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    d => d.Count,
                    d => new Dictionary<string, string>(d)));
            request.HasOne<Problem>().WithMany().HasForeignKey(r => r.ProblemId);
        });

        modelBuilder.Entity<WorkItem>(item =>
        {
            item.ToTable("WorkItems");
            item.HasKey(w => w.Id);
            item.Property(w => w.DepartmentCode).HasMaxLength(64);
            item.Property(w => w.Assignee).HasMaxLength(256);
            item.HasIndex(w => new { w.DepartmentCode, w.Status, w.DueUtc });
            item.HasIndex(w => new { w.Status, w.WarningUtc });
            item.HasIndex(w => new { w.Status, w.DueUtc });
            item.HasIndex(w => w.ProblemId);
            item.HasOne<Problem>().WithMany().HasForeignKey(w => w.ProblemId);
        });

        modelBuilder.Entity<RequestEvent>(entry =>
        {
            entry.ToTable("RequestEvents");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Kind).HasMaxLength(40);
            entry.Property(e => e.Note).HasMaxLength(4000);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.HasIndex(e => new { e.ProblemId, e.Id });
        });

        modelBuilder.Entity<ProblemMerge>(merge =>
        {
            merge.ToTable("ProblemMerges");
            merge.HasKey(m => m.Id);
            merge.Property(m => m.MergedBy).HasMaxLength(256);
            merge.Property(m => m.UndoneBy).HasMaxLength(256);
            merge.HasIndex(m => m.TargetProblemId);
            merge.HasIndex(m => m.SourceProblemId);
            merge.HasIndex(m => m.MergedUtc); // replays with as_of look for merges after the instant
            merge.OwnsOne(m => m.Changes, changes =>
            {
                changes.ToJson();
                changes.OwnsMany(c => c.ClosedWorkItems);
                changes.OwnsMany(c => c.Subscriptions);
            });
        });

        modelBuilder.Entity<Ward>(ward =>
        {
            ward.ToTable("Wards");
            ward.HasKey(w => w.Id);
            ward.HasIndex(w => w.Code).IsUnique();
            ward.Property(w => w.Code).HasMaxLength(20);
            ward.Property(w => w.Name).HasMaxLength(100);
            ward.Property(w => w.Representative).HasMaxLength(200);
        });

        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.ToTable("Subscriptions");
            subscription.HasKey(s => s.Id);
            subscription.Property(s => s.Email).HasMaxLength(256);
            subscription.Property(s => s.Token).HasMaxLength(64);
            subscription.HasIndex(s => s.Token).IsUnique();
            subscription.HasIndex(s => new { s.ProblemId, s.Email }).IsUnique();
        });
    }
}
