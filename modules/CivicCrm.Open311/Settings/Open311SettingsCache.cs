namespace CivicCrm.Open311.Settings;

/// <summary>The node's copy of the effective settings and until when it is fresh (a singleton).</summary>
public sealed class Open311SettingsCache
{
    private readonly Lock _gate = new();
    private (Open311Settings Settings, DateTimeOffset Until)? _entry;

    public Open311Settings? Get(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _entry is { } entry && entry.Until > now ? entry.Settings : null;
        }
    }

    public void Set(Open311Settings settings, DateTimeOffset until)
    {
        lock (_gate)
        {
            _entry = (settings, until);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entry = null;
        }
    }
}
