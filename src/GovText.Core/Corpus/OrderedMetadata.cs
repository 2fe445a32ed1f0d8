using System.Collections;

namespace GovText.Core.Corpus;

/// <summary>A read-only string map that enumerates in insertion order (manifest column order).</summary>
public sealed class OrderedMetadata : IReadOnlyDictionary<string, string>
{
    private readonly List<KeyValuePair<string, string>> _items = [];
    private readonly Dictionary<string, string> _lookup = new(StringComparer.Ordinal);

    /// <summary>An empty map.</summary>
    public static OrderedMetadata Empty { get; } = new();

    /// <summary>Adds a key (which must be new).</summary>
    public void Add(string key, string value)
    {
        _lookup.Add(key, value);
        _items.Add(new(key, value));
    }

    /// <inheritdoc />
    public string this[string key] => _lookup[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    /// <inheritdoc />
    public IEnumerable<string> Values => _items.Select(i => i.Value);

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _lookup.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value) => _lookup.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
