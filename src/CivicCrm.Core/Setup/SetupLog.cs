using Microsoft.Extensions.Logging;

namespace CivicCrm.Setup;

internal static partial class SetupLog
{
    [LoggerMessage(1, LogLevel.Information, "First-run setup applied the recipe {Recipe} and created the administrator {AdminUserName}")]
    public static partial void Completed(ILogger logger, string recipe, string adminUserName);
}
