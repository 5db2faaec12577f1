using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>The users recipe step: the demo city's staff get accounts with their roles, and no recipe carries a password.</summary>
public class UsersRecipeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task DemoRecipe_GivesEveryDepartmentsStaffAnAccount_WithTheirRole_AndNoPassword()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        var staff = await users.FindByNameAsync("m.reyes");
        var supervisor = await users.FindByNameAsync("d.okafor");

        Assert.NotNull(staff);
        Assert.Equal(["DepartmentStaff"], await users.GetRolesAsync(staff));
        Assert.False(await users.HasPasswordAsync(staff));
        Assert.Equal(["Supervisor"], await users.GetRolesAsync(supervisor!));
        Assert.Equal("d.okafor@riverton.example.gov", supervisor!.Email);
    }

    [Fact]
    public async Task UsersStep_RefusesAPassword_AUserWithoutEmail_AndAnUnknownRole()
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "staff", "steps": [
                { "name": "users", "users": [
                    { "userName": "q.one", "email": "q.one@riverton.example.gov", "password": "Secret-2026" },
                    { "userName": "q.two" }
                ] }
            ] }
            """));
        var unknownRole = await site.CreateApiClient().PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "staff", "steps": [ { "name": "users", "users": [ { "userName": "q.three", "email": "q.three@riverton.example.gov", "roles": ["Wizard"] } ] } ] }
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["steps[0].users[0].password", "steps[0].users[1]"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Contains("No such role: Wizard", await unknownRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("q.three"));
    }
}
