namespace CivicCrm.Data;

/// <summary>
/// The action commits each save on its own instead of in the request's transaction: sign-in must record a failed
/// attempt (for lockout) even though it answers with an error, which would otherwise roll the attempt back.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class WithoutUnitOfWorkAttribute : Attribute;
