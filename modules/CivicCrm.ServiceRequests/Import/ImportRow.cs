namespace CivicCrm.ServiceRequests.Import;

/// <summary>One row of an import file as text, with the line it starts on; <see cref="ImportRowParser"/> checks it.</summary>
public sealed record ImportRow
{
    public int Line { get; init; }
    public string? SourceId { get; init; }
    public string? ServiceCode { get; init; }
    public string? ServiceName { get; init; }
    public string? DepartmentCode { get; init; }
    public string? Status { get; init; }
    public string? RequestedDatetime { get; init; }
    public string? ClosedDatetime { get; init; }
    public string? Latitude { get; init; }
    public string? Longitude { get; init; }
    public string? Address { get; init; }
    public string? Description { get; init; }

    /// <summary>Set when the line itself could not be read (e.g. invalid JSON); the row is reported, not imported.</summary>
    public string? ReadError { get; init; }

    /// <summary>The field names of the import format, in the order a CSV header usually has them.</summary>
    public static readonly string[] Fields =
    [
        "source_id", "service_code", "service_name", "department_code", "status", "requested_datetime", "closed_datetime",
        "lat", "long", "address_string", "description",
    ];

    /// <summary>Builds a row from field values by name; unknown names are ignored, missing ones are null.</summary>
    public static ImportRow From(int line, Func<string, string?> value) => new()
    {
        Line = line,
        SourceId = value("source_id"),
        ServiceCode = value("service_code"),
        ServiceName = value("service_name"),
        DepartmentCode = value("department_code"),
        Status = value("status"),
        RequestedDatetime = value("requested_datetime"),
        ClosedDatetime = value("closed_datetime"),
        Latitude = value("lat"),
        Longitude = value("long"),
        Address = value("address_string"),
        Description = value("description"),
    };
}
