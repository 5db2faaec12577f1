using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CivicCrm.Data;
using CivicCrm.Documents;
using CivicCrm.Modules;
using CivicCrm.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Setup;

/// <summary>
/// Brings the database to the current schema and, on the very first run, seeds the site from the setup recipe
/// and lets modules create the administrator, all in one transaction: a failed setup leaves nothing behind.
/// </summary>
internal sealed class SetupService(
    CivicDbContext db,
    IDatabaseProvider provider,
    IFeatureManager features,
    IRecipeExecutor recipes,
    DocumentStore documents,
    IUnitOfWork unitOfWork,
    IEnabledServices<ISetupHandler> handlers,
    ModuleCatalog catalog,
    IOptions<SetupOptions> options,
    IHostEnvironment environment,
    ILogger<SetupService> logger)
{
    private const string StateDocument = "Setup";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Creating the history table first spares a fresh PostgreSQL database an error logged by Migrate
        // while it reads a history table that does not exist yet.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await provider.InitializeAsync(db, cancellationToken);
        await features.ReloadAsync(cancellationToken);
        await features.EnableAsync(catalog.Graph.Ordered.Where(f => f.AlwaysEnabled).Select(f => f.Id), cancellationToken);
        if (await documents.GetAsync<SetupState>(StateDocument, cancellationToken) is not null)
        {
            return;
        }

        var setup = options.Value;
        var recipePath = ResolveRecipe(setup.Recipe);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(recipePath, cancellationToken)) as JsonObject
            ?? throw new InvalidOperationException($"The setup recipe '{recipePath}' is not a JSON object.");
        var generated = string.IsNullOrEmpty(setup.AdminPassword);
        var password = generated ? GeneratePassword() : setup.AdminPassword!;
        await using (var scope = await unitOfWork.BeginAsync(cancellationToken))
        {
            // Nodes starting together on an empty database: the first sets up, the others find it done.
            await provider.LockForSetupAsync(db, cancellationToken);
            if (await documents.GetAsync<SetupState>(StateDocument, cancellationToken) is not null)
            {
                return;
            }

            await recipes.ExecuteAsync(recipe, cancellationToken);
            var context = new SetupContext(setup.AdminUserName, setup.AdminEmail, password, generated, setup.ApiKey);
            foreach (var handler in handlers.All)
            {
                await handler.SetupAsync(context, cancellationToken);
            }

            await documents.SaveAsync(StateDocument, new SetupState
            {
                CompletedUtc = DateTime.UtcNow,
                Recipe = recipe["name"]?.GetValue<string>() ?? setup.Recipe,
                AdminUserName = setup.AdminUserName,
            }, cancellationToken);
            await scope.CompleteAsync(cancellationToken);
        }

        SetupLog.Completed(logger, recipePath, setup.AdminUserName);
        if (generated)
        {
            // Shown once on the console, never logged: it is a secret.
            await Console.Out.WriteLineAsync(
                $"CivicCrm: the administrator '{setup.AdminUserName}' was created with the password: {password}{Environment.NewLine}" +
                "Set CivicCrm__Setup__AdminPassword on first run to choose it yourself.");
        }
    }

    private string ResolveRecipe(string recipe)
    {
        var candidates = Path.IsPathRooted(recipe)
            ? [recipe]
            : new[] { AppContext.BaseDirectory, environment.ContentRootPath }.Select(root => Path.Combine(root, recipe));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"The setup recipe '{recipe}' was not found next to the application or in its content root.");
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-9aZ";
}
