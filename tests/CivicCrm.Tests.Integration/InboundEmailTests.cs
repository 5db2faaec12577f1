using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.Tests.Support;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CivicCrm.Tests.Integration;

/// <summary>Residents email the city's 311 address: through the product's SMTP listener and through a gateway posting raw MIME.</summary>
public class InboundEmailTests(InboundEmailTests.Site site) : IClassFixture<InboundEmailTests.Site>
{
    private const string CityAddress = "311@riverton.example.gov";

    public sealed class Site : MailSiteFactory
    {
        public int InboundPort { get; } = FreePort();

        protected override IEnumerable<KeyValuePair<string, string>> Settings => base.Settings.Concat(
        [
            new("CivicCrm:ServiceRequests:PublicBaseUrl", "https://311.riverton.example.gov"),
            new("CivicCrm:ServiceRequests:InboundSmtp:Port", InboundPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("CivicCrm:ServiceRequests:InboundSmtp:Recipients:0", CityAddress),
            new("CivicCrm:ServiceRequests:InboundEmail:MaxMessageBytes", "200000"),
        ]);

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    private static string NewResident() => $"resident-{Guid.NewGuid():n}@example.org";

    private static MimeMessage Email(string from, string subject, string text, string to = CityAddress)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Dana Whitfield", from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private async Task SendBySmtpAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", site.InboundPort, MailKit.Security.SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    private async Task<ServiceRequest> ReportOfAsync(string contactEmail)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        return await db.Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.ContactEmail == contactEmail);
    }

    private async Task<HttpResponseMessage> PostMimeAsync(MimeMessage message, HttpClient? client = null)
    {
        using var buffer = new MemoryStream();
        await message.WriteToAsync(buffer);
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await (client ?? site.CreateApiClient()).PostAsync("/api/inbound-email", content);
    }

    [Fact]
    public async Task EmailToThe311Address_IsFiledAsAReport_AndTheSenderGetsTheReceipt()
    {
        var resident = NewResident();
        var street = $"{Random.Shared.Next(100, 9999)} Juniper Street";

        await SendBySmtpAsync(Email(resident, "Huge pothole", $"There is a deep pothole at {street}, right by the bus stop.\n\nThanks,\nDana"));

        var receipt = await site.Smtp.WaitForMessageToAsync(resident);
        var report = await ReportOfAsync(resident);
        Assert.Equal(Channel.Email, report.Channel);
        Assert.Equal("POTHOLE", report.RequestTypeCode);
        Assert.Equal(street, report.Address);
        Assert.Equal("Dana Whitfield", report.ContactName);
        Assert.StartsWith("Huge pothole\n\nThere is a deep pothole", report.Description, StringComparison.Ordinal);
        Assert.Contains(report.TrackingNumber, receipt.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://311.riverton.example.gov/requests/{report.TrackingNumber}", receipt.TextBody, StringComparison.Ordinal);
        Assert.NotNull(report.ExpectedUtc);
        Assert.Empty(report.Answers); // the size question is left for staff: an email cannot answer it
    }

    [Fact]
    public async Task EmailToAnotherAddress_IsRefusedByTheListener()
    {
        var resident = NewResident();

        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            SendBySmtpAsync(Email(resident, "Pothole", "A pothole at 12 Elm Street.", to: "mayor@riverton.example.gov")));

        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DbContext>().Set<ServiceRequest>().AnyAsync(r => r.ContactEmail == resident));
    }

    [Fact]
    public async Task OversizeEmail_IsRefusedByTheListener()
    {
        var resident = NewResident();
        var message = Email(resident, "Graffiti", "Graffiti on the wall at 40 Birch Avenue.");
        var body = new Multipart("mixed") { message.Body!, new MimePart("image", "jpeg") { FileName = "wall.jpg", Content = new MimeContent(new MemoryStream(new byte[400_000])) } };
        message.Body = body;

        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => SendBySmtpAsync(message));

        Assert.Equal(SmtpStatusCode.ExceededStorageAllocation, refused.StatusCode);
    }

    [Fact]
    public async Task RawMimeFromAGateway_HtmlAndPhotoAndCoordinates_FiledAsPlainTextAndLinkedToTheSameProblem()
    {
        var first = NewResident();
        var second = NewResident();
        var (lat, lon) = TestPoints.Fresh();
        var point = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat:F5}, {lon:F5}");
        MimeMessage Html(string from)
        {
            var message = Email(from, "Fire hydrant open", "");
            var builder = new BodyBuilder { HtmlBody = $"<html><head><style>p {{ color: red }}</style></head><body><p>The <b>hydrant</b> is gushing water &amp; flooding the corner.</p><p>GPS: {point}</p><script>alert(1)</script></body></html>" };
            builder.Attachments.Add("hydrant.jpg", new byte[2048], new ContentType("image", "jpeg"));
            message.Body = builder.ToMessageBody();
            return message;
        }

        var created = await PostMimeAsync(Html(first));
        var again = await PostMimeAsync(Html(second));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var filed = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(filed["linked_to_existing_problem"]!.GetValue<bool>());
        var report = await ReportOfAsync(first);
        Assert.Equal("HYDRANT", report.RequestTypeCode);
        Assert.Equal(lat, report.Latitude!.Value, 1e-9);
        Assert.Equal(lon, report.Longitude!.Value, 1e-9);
        Assert.Contains("The hydrant is gushing water & flooding the corner.", report.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("<", report.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", report.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("color", report.Description, StringComparison.Ordinal);
        Assert.Contains("Photos attached to the email: hydrant.jpg (2 KB).", report.Description, StringComparison.Ordinal);
        Assert.Equal(report.ProblemId, (await ReportOfAsync(second)).ProblemId);
        await site.Smtp.WaitForMessageToAsync(second);
    }

    [Fact]
    public async Task EmailWithNoKnownWordsOrPlace_GoesToTriageWithoutALocation()
    {
        var resident = NewResident();

        var response = await PostMimeAsync(Email(resident, "Question", "Who do I talk to about my neighbour's chickens?"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await ReportOfAsync(resident);
        Assert.Equal("OTHER", report.RequestTypeCode);
        Assert.Null(report.Address);
        Assert.Null(report.Latitude);
        await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("triage@riverton.example.gov", StringComparison.Ordinal)
            && (m.Subject ?? "").Contains(report.TrackingNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AutoReply_IsAcceptedButNeitherFiledNorAnswered()
    {
        var resident = NewResident();
        var message = Email(resident, "Out of office", "I am away until Monday; the pothole at 5 Elm Street can wait.");
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");

        var response = await PostMimeAsync(message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("automatic", (await response.Content.ReadFromJsonAsync<JsonObject>())!["ignored"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DbContext>().Set<ServiceRequest>().AnyAsync(r => r.ContactEmail == resident));
    }

    [Fact]
    public async Task RawMimeEndpoint_BadInput_Answers400NamingTheField()
    {
        var api = site.CreateApiClient();

        var json = await api.PostAsJsonAsync("/api/inbound-email", new { subject = "Pothole" });
        var empty = await api.PostAsync("/api/inbound-email", new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("message/rfc822") } });
        var html = await PostMimeAsync(Email(NewResident(), "Pothole", "A pothole at 3 Elm Street", to: CityAddress) is { } m
            ? WithDescriptionTooLong(m) : null!);

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("content_type", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("message", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Contains("larger than", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static MimeMessage WithDescriptionTooLong(MimeMessage message)
    {
        message.Body = new TextPart("plain") { Text = new string('x', 250_000) };
        return message;
    }

    [Fact]
    public async Task RawMimeEndpoint_NeedsThePermission()
    {
        var anonymous = site.CreateClient();
        var response = await PostMimeAsync(Email(NewResident(), "Pothole", "At 3 Elm Street."), anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
