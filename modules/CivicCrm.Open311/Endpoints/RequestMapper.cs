using CivicCrm.Open311.Services;
using CivicCrm.Open311.Wire;
using CivicCrm.ServiceRequests;

namespace CivicCrm.Open311.Endpoints;

/// <summary>A report as a GeoReport v2 <c>request</c>, with the extensions when asked for.</summary>
public static class RequestMapper
{
    public static Open311Object ToRequest(PublicRequestInfo report, bool extensions)
    {
        var request = new Open311Object()
            .Set("service_request_id", report.TrackingNumber)
            .Set("status", report.IsOpen ? "open" : "closed")
            .Set("status_notes", report.LatestPublicNote)
            .Set("service_name", report.ServiceName)
            .Set("service_code", report.ServiceCode)
            .Set("description", report.Description)
            .Set("agency_responsible", report.AgencyResponsible)
            .Set("service_notice", null)
            .Set("requested_datetime", report.RequestedUtc)
            .Set("updated_datetime", report.UpdatedUtc)
            .Set("expected_datetime", report.ExpectedUtc)
            .Set("address", report.Address)
            .Set("address_id", AddressFields.AddressId(report.Address))
            .Set("zipcode", AddressFields.ZipCode(report.Address))
            .Set("lat", report.Latitude)
            .Set("long", report.Longitude)
            .Set("media_url", report.MediaUrl);
        if (!extensions)
        {
            return request;
        }

        request.Set("attributes", new Open311List("attribute", (report.Answers ?? new Dictionary<string, string>())
            .Select(a => (object?)new Open311Object().Set("code", a.Key).Set("value", a.Value)).ToList()));
        var extended = new Open311Object()
            .Set("channel", report.Channel)
            .Set("status", ExtendedStatuses.FromLifecycle(report.Status))
            .Set("lifecycle_status", report.Status);
        if (report.DuplicateOf is not null)
        {
            extended.Set("duplicate_of", report.DuplicateOf);
        }

        if (report.Ward is not null)
        {
            extended.Set("ward", report.Ward);
        }

        request.Set("extended_attributes", extended);
        request.Set("notes", new Open311List("note", (report.Notes ?? []).Select(n => (object?)new Open311Object()
            .Set("update_id", n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("kind", n.Kind)
            .Set("status", n.Status is null ? null : ExtendedStatuses.FromLifecycle(n.Status))
            .Set("description", n.Note)
            .Set("updated_datetime", n.CreatedUtc)).ToList()));
        return request;
    }
}
