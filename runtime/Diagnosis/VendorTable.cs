using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace SmtpCodes;

/// <summary>
/// One vendor's documented codes, generated from a CSV of <c>SmtpCodesKind="vendor"</c> (its <c>…Info.Vendor</c>): the
/// host names and texts that identify the vendor's replies, and per entry an enhanced status code, an optional tag the
/// reply must contain, the bounce reason and localized texts. The built-in tables are always used; add your own with
/// <see cref="SmtpDiagnosis.AddVendor(VendorTable)"/>.
/// </summary>
public sealed class VendorTable
{
    private readonly LocalizedTextTable _texts;
    private readonly int[] _statuses;
    private readonly string[] _tags;
    private readonly BounceReason[] _reasons;

    /// <summary>Creates a vendor table; generated code calls this.</summary>
    /// <param name="name">The vendor's name, such as <c>Google</c>.</param>
    /// <param name="markers">Host names and texts that identify the vendor's replies, matched ignoring case.</param>
    /// <param name="texts">The entries' names (keys) and localized texts.</param>
    /// <param name="statuses">Each entry's status: <c>class * 1,000,000 + subject * 1,000 + detail</c>.</param>
    /// <param name="tags">Each entry's tag, or empty.</param>
    /// <param name="reasons">Each entry's reason.</param>
    /// <exception cref="ArgumentException">The arrays do not have one item per entry.</exception>
    public VendorTable(string name, string[] markers, LocalizedTextTable texts, int[] statuses, string[] tags, BounceReason[] reasons)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Markers = new ReadOnlyCollection<string>(markers ?? throw new ArgumentNullException(nameof(markers)));
        _texts = texts ?? throw new ArgumentNullException(nameof(texts));
        _statuses = statuses ?? throw new ArgumentNullException(nameof(statuses));
        _tags = tags ?? throw new ArgumentNullException(nameof(tags));
        _reasons = reasons ?? throw new ArgumentNullException(nameof(reasons));
        if (statuses.Length != tags.Length || statuses.Length != reasons.Length || statuses.Length > texts.Count)
        {
            throw new ArgumentException("There must be one status, tag, reason and text per entry.", nameof(statuses));
        }
    }

    /// <summary>The vendor's name.</summary>
    public string Name { get; }

    /// <summary>The host names and texts that identify the vendor's replies.</summary>
    public IReadOnlyList<string> Markers { get; }

    /// <summary>The number of entries.</summary>
    public int Count => _statuses.Length;

    /// <summary>Returns entry <paramref name="index"/>'s name (its enum member's name).</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The name.</returns>
    public string GetName(int index) => _texts.GetKey(index);

    /// <summary>Returns entry <paramref name="index"/>'s enhanced status code.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The status code.</returns>
    public EnhancedStatusCode GetStatus(int index)
    {
        int key = _statuses[index];
        return new EnhancedStatusCode(key / 1000000, key / 1000 % 1000, key % 1000);
    }

    /// <summary>Returns entry <paramref name="index"/>'s tag: the text a reply must contain, or empty.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The tag.</returns>
    public string GetTag(int index) => _tags[index];

    /// <summary>Returns entry <paramref name="index"/>'s bounce reason.</summary>
    /// <param name="index">The entry.</param>
    /// <returns>The reason.</returns>
    public BounceReason GetReason(int index) => _reasons[index];

    /// <summary>Says what entry <paramref name="index"/> means, in a culture.</summary>
    /// <param name="index">The entry.</param>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized text.</returns>
    public string Describe(int index, CultureInfo? culture = null) => _texts.Get(index, culture);

    internal int StatusKey(int index) => _statuses[index];
}
