using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CivicCrm.Data;

/// <summary>Writes DateTimes as UTC and reads them back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
