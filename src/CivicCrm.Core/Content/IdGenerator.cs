using System.Security.Cryptography;

namespace CivicCrm.Content;

/// <summary>26-character ids: a millisecond timestamp then randomness, in Crockford base32 so they sort by creation.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<char> id = stackalloc char[26];
        var time = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 9; i >= 0; i--)
        {
            id[i] = Alphabet[(int)(time & 31)];
            time >>= 5;
        }

        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        for (var i = 10; i < 26; i++)
        {
            id[i] = Alphabet[random[i - 10] & 31];
        }

        return new string(id);
    }
}
