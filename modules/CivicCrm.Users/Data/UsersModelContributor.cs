using CivicCrm.Data;
using CivicCrm.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Data;

public sealed class UsersModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserAccount>(user =>
        {
            user.ToTable("Users");
            user.HasKey(x => x.Id);
            user.Property(x => x.Id).HasMaxLength(32);
            user.Property(x => x.UserName).HasMaxLength(256);
            user.Property(x => x.NormalizedUserName).HasMaxLength(256);
            user.Property(x => x.Email).HasMaxLength(256);
            user.Property(x => x.NormalizedEmail).HasMaxLength(256);
            user.Property(x => x.PasswordHash).HasMaxLength(512);
            user.HasIndex(x => x.NormalizedUserName).IsUnique();
            user.HasIndex(x => x.NormalizedEmail);
        });

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
