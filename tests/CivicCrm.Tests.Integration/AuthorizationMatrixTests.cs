using System.Net;
using CivicCrm.Tests.Support;
using CivicCrm.Users.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>
/// Walks every admin page and API route with each role and checks who gets in. The matrix below is the
/// specification: a new route must be added to it, and a change of who may do what shows up here.
/// </summary>
public class AuthorizationMatrixTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Anyone = "anonymous,Administrator,Supervisor,DepartmentStaff,CallTaker,Editor";
    private const string Staff = "Administrator,Supervisor,DepartmentStaff,CallTaker,Editor";
    private const string Admin = "Administrator";
    private const string Editors = "Administrator,Editor";
    private const string Intake = "Administrator,Supervisor,DepartmentStaff,CallTaker";
    private const string Workers = "Administrator,Supervisor,DepartmentStaff";
    private const string Mergers = "Administrator,Supervisor";

    private static readonly Dictionary<string, string> Matrix = new(StringComparer.Ordinal)
    {
        ["GET /health"] = Anyone,
        ["GET /openapi/{documentName}.json"] = Anyone,
        ["GET /admin/login"] = Anyone,
        ["POST /admin/login"] = Anyone,
        ["POST /admin/logout"] = Anyone,
        ["GET /admin/denied"] = Anyone,
        ["GET /admin/forgot-password"] = Anyone,
        ["POST /admin/forgot-password"] = Anyone,
        ["GET /admin/reset-password"] = Anyone,
        ["POST /admin/reset-password"] = Anyone,
        ["GET /admin"] = Staff,
        ["GET /admin/account/password"] = Staff,
        ["POST /admin/account/password"] = Staff,
        ["GET /admin/features"] = Admin,
        ["POST /admin/features/enable"] = Admin,
        ["POST /admin/features/disable"] = Admin,
        ["GET /admin/recipes"] = Admin,
        ["POST /admin/recipes/export"] = Admin,
        ["POST /admin/recipes/import"] = Admin,
        ["GET /admin/users"] = Admin,
        ["GET /admin/users/new"] = Admin,
        ["POST /admin/users/new"] = Admin,
        ["GET /admin/users/{id}"] = Admin,
        ["POST /admin/users/{id}"] = Admin,
        ["POST /admin/users/{id}/unlock"] = Admin,
        ["GET /admin/roles"] = Admin,
        ["POST /admin/roles"] = Admin,
        ["POST /admin/roles/new"] = Admin,
        ["GET /admin/api-keys"] = Admin,
        ["POST /admin/api-keys"] = Admin,
        ["POST /admin/api-keys/{id}/revoke"] = Admin,
        ["GET /admin/content"] = Staff,
        ["GET /admin/content/{type}"] = Staff,
        ["GET /admin/content/{type}/{id}/preview"] = Staff,
        ["GET /admin/content/{type}/{id}/versions"] = Staff,
        ["GET /admin/content/{type}/{id}/diff"] = Staff,
        ["GET /admin/content/{type}/new"] = Editors,
        ["POST /admin/content/{type}/new"] = Editors,
        ["GET /admin/content/{type}/{id}"] = Editors,
        ["POST /admin/content/{type}/{id}"] = Editors,
        ["POST /admin/content/{type}/{id}/discard-draft"] = Editors,
        ["POST /admin/content/markdown-preview"] = Editors,
        ["POST /admin/content/{type}/{id}/unpublish"] = Editors,
        ["POST /admin/content/{type}/{id}/versions/{versionId}/restore"] = Editors,
        ["GET /admin/content/{type}/{id}/delete"] = Editors,
        ["POST /admin/content/{type}/{id}/delete"] = Editors,
        ["GET /admin/content-types"] = Admin,
        ["GET /admin/content-types/create"] = Admin,
        ["POST /admin/content-types/create"] = Admin,
        ["GET /admin/content-types/{name}"] = Admin,
        ["POST /admin/content-types/{name}"] = Admin,
        ["GET /admin/content-types/{name}/delete"] = Admin,
        ["POST /admin/content-types/{name}/delete"] = Admin,
        ["GET /admin/content-types/{name}/fields/create"] = Admin,
        ["POST /admin/content-types/{name}/fields/create"] = Admin,
        ["GET /admin/content-types/{name}/fields/{field}"] = Admin,
        ["POST /admin/content-types/{name}/fields/{field}"] = Admin,
        ["POST /admin/content-types/{name}/fields/{field}/move"] = Admin,
        ["POST /admin/content-types/{name}/fields/{field}/remove"] = Admin,
        ["POST /admin/content-types/{name}/parts/attach"] = Admin,
        ["POST /admin/content-types/{name}/parts/{part}/move"] = Admin,
        ["POST /admin/content-types/{name}/parts/{part}/remove"] = Admin,
        ["GET /admin/departments"] = Admin,
        ["GET /admin/departments/new"] = Admin,
        ["POST /admin/departments/new"] = Admin,
        ["GET /admin/departments/{code}"] = Admin,
        ["POST /admin/departments/{code}"] = Admin,
        ["GET /api/departments/"] = Staff,
        ["GET /api/departments/{code}"] = Staff,
        ["GET /api/request-types"] = Anyone,
        ["GET /admin/queue"] = Intake,
        ["GET /admin/intake"] = Intake,
        ["POST /admin/intake"] = Intake,
        ["POST /admin/queue/acknowledge"] = Workers,
        ["POST /admin/queue/assign"] = Workers,
        ["GET /admin/requests/{trackingNumber}"] = Intake,
        ["POST /admin/requests/{trackingNumber}/status"] = Workers,
        ["POST /admin/requests/{trackingNumber}/departments"] = Workers,
        ["POST /admin/requests/{trackingNumber}/transfer"] = Workers,
        ["POST /admin/requests/{trackingNumber}/assign"] = Workers,
        ["POST /admin/requests/{trackingNumber}/merge"] = Mergers,
        ["POST /admin/requests/{trackingNumber}/split"] = Mergers,
        ["POST /admin/requests/{trackingNumber}/merges/{mergeId:long}/undo"] = Mergers,
        ["POST /api/service-requests/"] = Intake,
        ["GET /api/service-requests/{trackingNumber}"] = Intake,
        ["GET /api/service-requests/duplicate-candidates"] = Intake,
        ["POST /api/service-requests/{trackingNumber}/status"] = Workers,
        ["POST /api/service-requests/{trackingNumber}/departments"] = Workers,
        ["POST /api/service-requests/{trackingNumber}/transfer"] = Workers,
        ["POST /api/service-requests/{trackingNumber}/assign"] = Workers,
        ["POST /api/service-requests/{trackingNumber}/merge"] = Mergers,
        ["POST /api/service-requests/{trackingNumber}/split"] = Mergers,
        ["POST /api/service-requests/{trackingNumber}/merges/{mergeId:long}/undo"] = Mergers,
        ["POST /api/service-requests/import"] = Admin,
        ["GET /admin/import"] = Admin,
        ["GET /admin/wards"] = Admin,
        ["GET /admin/wards/new"] = Admin,
        ["POST /admin/wards/new"] = Admin,
        ["GET /admin/wards/{id:long}"] = Admin,
        ["POST /admin/wards/{id:long}"] = Admin,
        ["POST /admin/import"] = Admin,
        ["GET /admin/import/template.csv"] = Admin,
        ["POST /api/inbound-email"] = Admin,
        ["GET /admin/request-types"] = Admin,
        ["GET /admin/request-types/new"] = Admin,
        ["POST /admin/request-types/new"] = Admin,
        ["GET /admin/request-types/{code}"] = Admin,
        ["POST /admin/request-types/{code}"] = Admin,
        ["GET /admin/open311"] = Admin,
        ["POST /admin/open311"] = Admin,
        ["GET /admin/search/indexes"] = Admin,
        ["GET /admin/search/indexes/new"] = Admin,
        ["POST /admin/search/indexes/new"] = Admin,
        ["GET /admin/search/indexes/{name}"] = Admin,
        ["POST /admin/search/indexes/{name}"] = Admin,
        ["GET /admin/search/indexes/{name}/synonyms"] = Admin,
        ["POST /admin/search/indexes/{name}/synonyms"] = Admin,
        ["POST /admin/search/indexes/{name}/rebuild"] = Admin,
        ["GET /api/search/indexes/"] = Admin,
        ["POST /api/search/indexes/{name}/rebuild"] = Admin,
        ["GET /admin/notifications/templates"] = Admin,
        ["GET /admin/notifications/templates/{name}"] = Admin,
        ["POST /admin/notifications/templates/{name}"] = Admin,
        ["POST /admin/notifications/templates/{name}/preview"] = Admin,
        ["GET /admin/notifications/outbox"] = Admin,
        ["POST /admin/notifications/outbox/{id}/retry"] = Admin,
        ["GET /api/features/"] = Admin,
        ["POST /api/features/enable"] = Admin,
        ["POST /api/features/disable"] = Admin,
        ["GET /api/recipes/steps"] = Admin,
        ["POST /api/recipes/execute"] = Admin,
        ["POST /api/recipes/export"] = Admin,
        ["GET /api/api-keys/"] = Admin,
        ["POST /api/api-keys/"] = Admin,
        ["DELETE /api/api-keys/{id}"] = Admin,
        ["GET /api/content-types/"] = Staff,
        ["GET /api/content-types/{name}"] = Staff,
        ["PUT /api/content-types/{name}"] = Admin,
        ["DELETE /api/content-types/{name}"] = Admin,
        ["GET /api/content-parts/"] = Staff,
        ["GET /api/content-parts/{name}"] = Staff,
        ["PUT /api/content-parts/{name}"] = Admin,
        ["DELETE /api/content-parts/{name}"] = Admin,
        ["GET /api/content-items/"] = Staff,
        ["POST /api/content-items/"] = Editors,
        ["GET /api/content-items/{id}"] = Staff,
        ["PUT /api/content-items/{id}"] = Editors,
        ["POST /api/content-items/{id}/publish"] = Editors,
        ["POST /api/content-items/{id}/unpublish"] = Editors,
        ["POST /api/content-items/{id}/discard-draft"] = Editors,
        ["DELETE /api/content-items/{id}"] = Editors,
        ["GET /api/content-items/{id}/versions"] = Staff,
        ["POST /api/content-items/{id}/versions/{versionId}/restore"] = Editors,
        ["GET /api/content-items/{id}/audit"] = Staff,
        ["GET /admin/kb"] = Editors,
        ["GET /admin/kb/new"] = Editors,
        ["POST /admin/kb/new"] = Editors,
        ["GET /admin/kb/{id}"] = Editors,
        ["POST /admin/kb/{id}"] = Editors,
        ["POST /admin/kb/{id}/submit"] = Editors,
        ["POST /admin/kb/{id}/approve"] = Editors,
        ["POST /admin/kb/{id}/send-back"] = Editors,
        ["POST /admin/kb/{id}/archive"] = Editors,
        ["POST /admin/kb/{id}/unarchive"] = Editors,
        ["POST /admin/kb/markdown-preview"] = Editors,
        ["GET /admin/kb/review"] = Editors,
        ["GET /admin/kb/categories"] = Editors,
        ["POST /admin/kb/categories"] = Editors,
        ["POST /admin/kb/categories/{id}/rename"] = Editors,
        ["POST /admin/kb/categories/{id}/move"] = Editors,
        ["POST /admin/kb/categories/{id}/delete"] = Editors,
        ["GET /admin/kb/panel/{id}"] = Staff,
        ["GET /api/kb/search"] = Anyone,
        ["GET /api/kb/suggest"] = Anyone,
        ["POST /api/kb/import"] = Editors,
        ["GET /api/kb/export"] = Editors,
    };

    private static readonly string[] Roles = ["Administrator", "Supervisor", "DepartmentStaff", "CallTaker", "Editor"];

    [Fact]
    public void EveryRouteIsInTheMatrix()
    {
        var missing = Routes().Where(r => !Matrix.ContainsKey(r)).ToList();

        Assert.True(missing.Count == 0, "Add these routes to the authorization matrix:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task EachRole_ReachesExactlyTheRoutesTheMatrixAllows()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = site.CreateBrowserClient() };
        foreach (var role in Roles)
        {
            clients[role] = await SignedInAsync(role);
        }

        var wrong = new List<string>();
        foreach (var route in Routes().Where(Matrix.ContainsKey))
        {
            var allowed = Matrix[route].Split(',');
            foreach (var (role, client) in clients)
            {
                var denied = await IsDeniedAsync(client, route);
                if (denied == allowed.Contains(role))
                {
                    wrong.Add($"{route} as {role}: {(denied ? "denied" : "allowed")}, expected {(denied ? "allowed" : "denied")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private IEnumerable<string> Routes() =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Where(r => r.Contains(" /api/", StringComparison.Ordinal) || r.Contains(" /admin", StringComparison.Ordinal) || r.EndsWith("/health", StringComparison.Ordinal) || r.Contains("/openapi/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>Denied: 401, 403, or sent to sign in or to the access-denied page. Bodies are empty: nothing valid is changed.</summary>
    private static async Task<bool> IsDeniedAsync(HttpClient client, string route)
    {
        var parts = route.Split(' ', 2);
        var path = parts[1].Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{id}", "no-such-id", StringComparison.Ordinal).Replace("{versionId}", "no-such-version", StringComparison.Ordinal)
            .Replace("{name}", "NoSuchType", StringComparison.Ordinal).Replace("{trackingNumber}", "ZZZZ-ZZZZ", StringComparison.Ordinal).Replace("{code}", "NO-SUCH-CODE", StringComparison.Ordinal)
            .Replace("{mergeId:long}", "1", StringComparison.Ordinal).Replace("{id:long}", "1", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(parts[0]), path);
        if (parts[0] is "POST" or "PUT")
        {
            request.Content = new StringContent("", System.Text.Encoding.UTF8, path.StartsWith("/api/", StringComparison.Ordinal) ? "application/json" : "application/x-www-form-urlencoded");
        }

        var response = await client.SendAsync(request);
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/admin/login?", StringComparison.Ordinal) || location.Contains("/admin/denied", StringComparison.Ordinal)));
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var name = $"{role.ToLowerInvariant()}-{Guid.NewGuid():n}"[..20];
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = name, Email = $"{name}@riverton.example.gov", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Matrix-pass-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var client = site.CreateBrowserClient();
        await client.SignInAsync(name, "Matrix-pass-2026");
        return client;
    }
}
