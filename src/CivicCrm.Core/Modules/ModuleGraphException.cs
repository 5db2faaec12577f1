namespace CivicCrm.Modules;

/// <summary>The installed modules cannot start: a dependency is missing or features depend on each other in a cycle.</summary>
public sealed class ModuleGraphException(string message) : Exception(message);
