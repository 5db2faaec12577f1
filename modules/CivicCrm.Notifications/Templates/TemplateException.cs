namespace CivicCrm.Notifications.Templates;

/// <summary>A template that does not parse, exceeds a limit while rendering, or does not exist.</summary>
public sealed class TemplateException(string message, Exception? innerException = null) : Exception(message, innerException);
