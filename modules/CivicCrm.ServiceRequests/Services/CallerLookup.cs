using System.Net.Mail;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Finds a caller's previous reports by phone or email, so the call-taker can greet a returning caller, answer
/// "what happened to my report?" and prefill the contact fields. Phones match on their digits (the last ten, so
/// "(555) 013-4567" and "+1 555 013 4567" are one caller); emails match case-insensitively.
/// </summary>
public sealed class CallerLookup(DbContext db)
{
    private const int MaxShown = 20;

    public async Task<CallerSearchResult> FindAsync(string? query, CancellationToken cancellationToken = default)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new CallerSearchResult(text, null, [], null);
        }

        List<ServiceRequest> found;
        if (text.Contains('@', StringComparison.Ordinal))
        {
            if (!MailAddress.TryCreate(text, out _))
            {
                return new CallerSearchResult(text, null, [], "Type a whole email address, e.g. name@example.org.");
            }

            var email = text.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower() on both providers, not run in .NET
            found = await Requests().Where(r => r.ContactEmail != null && r.ContactEmail.ToLower() == email)
                .OrderByDescending(r => r.RequestedUtc).Take(MaxShown).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        }
        else
        {
            var digits = Digits(text);
            if (digits.Length < 7)
            {
                return new CallerSearchResult(text, null, [], "Type at least 7 digits of the phone number, or an email address.");
            }

            // The last four digits narrow the rows in SQL whatever the stored punctuation; the digits compare here.
            var tail = digits[^4..];
            var key = Key(digits);
            found = (await Requests().Where(r => r.ContactPhone != null && r.ContactPhone.Contains(tail))
                    .OrderByDescending(r => r.RequestedUtc).Take(500).ToListAsync(cancellationToken))
                .Where(r => Key(Digits(r.ContactPhone!)) == key).Take(MaxShown).ToList();
        }

        var statuses = await db.Set<Problem>().AsNoTracking().Where(p => found.Select(r => r.ProblemId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Status, cancellationToken);
        var codes = found.Select(r => r.RequestTypeCode).Distinct().ToList();
        var names = await db.Set<RequestType>().AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        var latest = found.FirstOrDefault();
        var caller = latest is null ? null : new CallerContact(
            found.Select(r => r.ContactName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            found.Select(r => r.ContactPhone).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            found.Select(r => r.ContactEmail).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)));
        var rows = found.Select(r => new CallerReport(r.TrackingNumber, names.GetValueOrDefault(r.RequestTypeCode, r.RequestTypeCode),
            statuses.TryGetValue(r.ProblemId, out var status) ? status : r.Status, r.Address, r.RequestedUtc)).ToList();
        return new CallerSearchResult(text, caller, rows, null);
    }

    private IQueryable<ServiceRequest> Requests() => db.Set<ServiceRequest>().AsNoTracking();

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The last ten digits: drops a country code such as +1.</summary>
    private static string Key(string digits) => digits.Length > 10 ? digits[^10..] : digits;
}

/// <summary>A caller search: who it found (for prefilling), their reports newest first, or why the query was refused.</summary>
public sealed record CallerSearchResult(string Query, CallerContact? Caller, IReadOnlyList<CallerReport> Reports, string? Error);

public sealed record CallerContact(string? Name, string? Phone, string? Email);

/// <summary>One earlier report of the caller, with its problem's current status.</summary>
public sealed record CallerReport(string TrackingNumber, string TypeName, RequestStatus Status, string? Address, DateTime RequestedUtc);
