using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Resources;
using System.Threading;

namespace SmtpCodes;

/// <summary>
/// The localized texts of one code table, read from a <see cref="ResourceManager"/> once per culture and then
/// served by index in O(1) without allocating. Generated code uses it; it is public only for that reason.
/// </summary>
/// <remarks>
/// <para>
/// Each culture's array is filled by walking the culture's own parent chain (tr-TR, then tr, then the neutral English
/// resources) and asking ResourceManager for each culture's own resources only. A text missing from every resource, or
/// resources missing altogether, falls back to the neutral text compiled into the generated code, so a lookup never
/// throws.
/// </para>
/// <para>
/// The cache is keyed by the culture's name and the names of all its parents, not by its name alone, and
/// ResourceManager's own parent walk is not used (it caches what it found under every name it passed): a
/// <see cref="CultureInfo"/> subclass named <c>en-US</c> whose parent is <c>tr</c> gets Turkish, and every later
/// <c>en-US</c> still gets English, whatever the order of the calls.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LocalizedTextTable
{
    // Cultures are looked up first by reference in this small copy-on-write array (the common case: a few culture
    // objects reused), then by name. Both paths read without locking or allocating.
    private const int RecentCapacity = 8;

    private readonly ResourceManager _resources;
    private readonly string[] _keys;
    private readonly string[] _neutralTexts;
    private readonly Dictionary<string, int> _indexByKey;
    private readonly ConcurrentDictionary<CultureInfo, string[]> _textsByCulture = new(CultureChainComparer.Instance);
    private CultureTexts[] _recent = Array.Empty<CultureTexts>();

    /// <summary>Creates a table over <paramref name="resources"/>.</summary>
    /// <param name="resources">The resources, whose neutral language is English.</param>
    /// <param name="keys">The resource key of each entry.</param>
    /// <param name="neutralTexts">The English text of each entry, used when a resource is missing; <see langword="null"/> to use the key.</param>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public LocalizedTextTable(ResourceManager resources, string[] keys, string[]? neutralTexts)
    {
        _resources = resources ?? throw new ArgumentNullException(nameof(resources));
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _neutralTexts = neutralTexts ?? keys;
        if (_neutralTexts.Length != keys.Length)
        {
            throw new ArgumentException("There must be one neutral text per key.", nameof(neutralTexts));
        }

        _indexByKey = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
        {
            _indexByKey.Add(keys[i], i);
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>The base name of the resources, reported by localizers as the searched location.</summary>
    public string BaseName => _resources.BaseName;

    /// <summary>Returns the resource key of entry <paramref name="index"/>.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>Its key.</returns>
    public string GetKey(int index) => _keys[index];

    /// <summary>Finds the entry with the given key (ordinal, case-sensitive, as ResourceManager is).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry's index, or -1.</returns>
    public int IndexOfKey(string key) => _indexByKey.TryGetValue(key, out int index) ? index : -1;

    /// <summary>Returns the text of entry <paramref name="index"/> in <paramref name="culture"/>.</summary>
    /// <param name="index">The entry.</param>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized text, falling back through parent cultures to English.</returns>
    public string Get(int index, CultureInfo? culture) => GetTexts(culture ?? CultureInfo.CurrentUICulture)[index];

    /// <summary>Returns the resources that <paramref name="culture"/> itself provides, without parent cultures.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The resource set, or <see langword="null"/> when the culture has none of its own.</returns>
    public ResourceSet? GetOwnResourceSet(CultureInfo culture)
    {
        try
        {
            return _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    private string[] GetTexts(CultureInfo culture)
    {
        CultureTexts[] recent = Volatile.Read(ref _recent);
        for (int i = 0; i < recent.Length; i++)
        {
            if (ReferenceEquals(recent[i].Culture, culture))
            {
                return recent[i].Texts;
            }
        }

        if (!_textsByCulture.TryGetValue(culture, out string[]? texts))
        {
            texts = _textsByCulture.GetOrAdd(culture, Load(culture));
        }

        if (recent.Length < RecentCapacity)
        {
            var grown = new CultureTexts[recent.Length + 1];
            Array.Copy(recent, grown, recent.Length);
            grown[recent.Length] = new CultureTexts(culture, texts);
            // A lost race only drops an entry from this cache; the name lookup still finds it.
            Interlocked.CompareExchange(ref _recent, grown, recent);
        }

        return texts;
    }

    private string[] Load(CultureInfo culture)
    {
        List<ResourceSet> sets = new();
        int depth = 0;
        for (CultureInfo? c = culture; c is not null && depth < CultureChainComparer.MaxDepth; c = IsInvariant(c) ? null : c.Parent, depth++)
        {
            if (GetOwnResourceSet(c) is { } set)
            {
                sets.Add(set);
            }
        }

        if (depth == CultureChainComparer.MaxDepth && GetOwnResourceSet(CultureInfo.InvariantCulture) is { } neutral)
        {
            // A culture whose parents never reach the invariant culture still falls back to the neutral resources.
            sets.Add(neutral);
        }

        var texts = new string[_keys.Length];
        for (int i = 0; i < _keys.Length; i++)
        {
            string? text = null;
            foreach (ResourceSet set in sets)
            {
                text = set.GetString(_keys[i]);
                if (!string.IsNullOrEmpty(text))
                {
                    break;
                }
            }

            texts[i] = string.IsNullOrEmpty(text) ? _neutralTexts[i] : text!;
        }

        return texts;
    }

    private static bool IsInvariant(CultureInfo culture) => culture.Name.Length == 0;

    /// <summary>Compares cultures by their name and the names of their parents, without allocating.</summary>
    private sealed class CultureChainComparer : IEqualityComparer<CultureInfo>
    {
        /// <summary>How many cultures of a chain are compared; real chains have at most four (zh-Hant-TW).</summary>
        public const int MaxDepth = 8;

        public static readonly CultureChainComparer Instance = new();

        public bool Equals(CultureInfo? x, CultureInfo? y)
        {
            for (int depth = 0; depth < MaxDepth; depth++)
            {
                if (x is null || y is null)
                {
                    return x is null && y is null;
                }

                if (!string.Equals(x.Name, y.Name, StringComparison.Ordinal))
                {
                    return false;
                }

                if (IsInvariant(x))
                {
                    return true;
                }

                x = x.Parent;
                y = y.Parent;
            }

            return true;
        }

        public int GetHashCode(CultureInfo culture)
        {
            int hash = 17;
            CultureInfo? c = culture;
            for (int depth = 0; depth < MaxDepth && c is not null; depth++)
            {
                hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(c.Name));
                c = IsInvariant(c) ? null : c.Parent;
            }

            return hash;
        }
    }

    private sealed class CultureTexts
    {
        public CultureTexts(CultureInfo culture, string[] texts)
        {
            Culture = culture;
            Texts = texts;
        }

        public CultureInfo Culture { get; }

        public string[] Texts { get; }
    }
}
