namespace CivicCrm.Data;

/// <summary>Tells what a failed save ran into, whichever database the site runs on.</summary>
public interface IDatabaseErrors
{
    /// <summary>Whether a failed save broke a unique index (a concurrent writer won), rather than anything else.</summary>
    bool IsUniqueViolation(Exception exception);
}
