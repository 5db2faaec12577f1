using CivicCrm.Data;
using CivicCrm.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Data;

/// <summary>ASP.NET Core Identity's tables (as IdentityDbContext would map them) and the API keys.</summary>
public sealed class UsersModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityUser>(user =>
        {
            user.ToTable("AspNetUsers");
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            user.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            user.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            user.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<string>>(claim => claim.ToTable("AspNetUserClaims").HasKey(c => c.Id));
        modelBuilder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.ToTable("AspNetUserLogins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserToken<string>>(token =>
        {
            token.ToTable("AspNetUserTokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityRole>(role =>
        {
            role.ToTable("AspNetRoles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            role.Property(r => r.Name).HasMaxLength(256);
            role.Property(r => r.NormalizedName).HasMaxLength(256);
            role.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            role.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserRole<string>>(userRole => userRole.ToTable("AspNetUserRoles").HasKey(r => new { r.UserId, r.RoleId }));
        modelBuilder.Entity<IdentityRoleClaim<string>>(claim => claim.ToTable("AspNetRoleClaims").HasKey(c => c.Id));

        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("ApiKeys");
            key.HasKey(x => x.Id);
            key.Property(x => x.Id).HasMaxLength(32);
            key.Property(x => x.Name).HasMaxLength(200);
            key.Property(x => x.Prefix).HasMaxLength(16);
            key.Property(x => x.Hash).HasMaxLength(64);
            key.Property(x => x.Role).HasMaxLength(100);
            key.HasIndex(x => x.Prefix);
        });
    }
}
