namespace CivicCrm.Open311.Wire;

/// <summary>A list: in XML a wrapper whose children are named <see cref="ItemName"/>; in JSON an array.</summary>
public sealed record Open311List(string ItemName, IReadOnlyList<object?> Items);
