namespace CivicCrm.Setup;

/// <summary>Runs once, on the first start, after the setup recipe: modules create the administrator, API keys.</summary>
public interface ISetupHandler
{
    Task SetupAsync(SetupContext context, CancellationToken cancellationToken);
}
