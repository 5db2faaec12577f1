namespace CivicCrm.Tests.Support;

/// <summary>
/// Points of their own for tests: each call returns a new point on a grid about 330 m apart (wider than any request
/// type's duplicate radius), with five decimals, so tests never link to each other's reports by chance and a point
/// written into text reads back exactly.
/// </summary>
public static class TestPoints
{
    private const int Rows = 100;
    private static int _next = Random.Shared.Next(0, 500);

    public static (double Lat, double Lon) Fresh()
    {
        var i = Interlocked.Increment(ref _next);
        return (Math.Round(41.70 + i % Rows * 0.003, 5), Math.Round(-87.90 + i / Rows * 0.004, 5));
    }
}
