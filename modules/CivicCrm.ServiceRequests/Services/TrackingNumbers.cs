using System.Security.Cryptography;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Tracking numbers read aloud on the phone: eight characters in two groups ("7K3M-9QXD") from an alphabet
/// without I, L, O and U, so nothing can be confused with 1, 0 or a word.
/// </summary>
public static class TrackingNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[9];
        for (int i = 0, j = 0; i < 9; i++)
        {
            chars[i] = i == 4 ? '-' : Alphabet[bytes[j++] & 31];
        }

        return new string(chars);
    }

    /// <summary>Accepts what a caller reads out: any case, spaces, or the letters people confuse.</summary>
    public static string Normalize(string input)
    {
        var cleaned = new string(input.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray())
            .Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return cleaned.Length == 8 ? $"{cleaned[..4]}-{cleaned[4..]}" : input.Trim().ToUpperInvariant();
    }
}
