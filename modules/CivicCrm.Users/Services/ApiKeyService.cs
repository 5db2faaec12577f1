using System.Security.Cryptography;
using System.Text;
using CivicCrm.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Services;

/// <summary>Issues, checks and revokes API keys. Keys are random; only their hash is kept.</summary>
public sealed class ApiKeyService(DbContext db, TimeProvider clock)
{
    private const int PrefixLength = 12;

    /// <summary>Creates a key and returns it with its plain text, which is never available again.</summary>
    public async Task<(ApiKey Key, string PlainText)> CreateAsync(string name, string role, string? plainText, CancellationToken cancellationToken)
    {
        plainText ??= "ccrm_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        if (plainText.Length < 24)
        {
            throw new ArgumentException("An API key must be at least 24 characters long.", nameof(plainText));
        }

        var key = new ApiKey
        {
            Name = name.Trim(),
            Role = role,
            Prefix = plainText[..PrefixLength],
            Hash = Hash(plainText),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, plainText);
    }

    public async Task<ApiKey?> FindValidAsync(string plainText, CancellationToken cancellationToken)
    {
        if (plainText.Length < 24)
        {
            return null;
        }

        var prefix = plainText[..PrefixLength];
        var hash = Encoding.ASCII.GetBytes(Hash(plainText));
        var candidates = await db.Set<ApiKey>().AsNoTracking()
            .Where(k => k.Prefix == prefix && k.RevokedUtc == null)
            .ToListAsync(cancellationToken);
        return candidates.Find(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Hash), hash));
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id && k.RevokedUtc == null, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Hash(string plainText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainText)));
}
