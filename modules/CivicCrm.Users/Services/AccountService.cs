using CivicCrm.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Services;

/// <summary>Creates accounts and checks sign-in by user name or email.</summary>
public sealed class AccountService(DbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    public async Task<UserAccount> CreateAsync(string userName, string email, string password, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var account = new UserAccount
        {
            UserName = userName.Trim(),
            NormalizedUserName = Normalize(userName),
            Email = email.Trim(),
            NormalizedEmail = Normalize(email),
            Roles = roles.ToList(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>The enabled account the login name (user name or email) and password belong to, else null.</summary>
    public async Task<UserAccount?> SignInAsync(string login, string password, CancellationToken cancellationToken)
    {
        var normalized = Normalize(login);
        var account = await db.Set<UserAccount>()
            .FirstOrDefaultAsync(u => u.NormalizedUserName == normalized || u.NormalizedEmail == normalized, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return null;
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result == PasswordVerificationResult.Failed ? null : account;
    }

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();
}
