using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace SmtpCodes;

/// <summary>
/// An <see cref="IStringLocalizer{T}"/> over a <see cref="LocalizedTextTable"/>, keyed by member name. The generated
/// localizer of each code table (such as <c>SmtpReplyLocalizer</c>) derives from it; use that one.
/// </summary>
/// <typeparam name="T">The enum whose member names are the keys.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class CodeTableLocalizer<T> : IStringLocalizer<T>
{
    private readonly LocalizedTextTable _table;
    private readonly CultureInfo? _culture;

    /// <summary>Creates a localizer over <paramref name="table"/>.</summary>
    /// <param name="table">The texts.</param>
    /// <param name="culture">A fixed culture, or <see langword="null"/> to follow <see cref="CultureInfo.CurrentUICulture"/>.</param>
    protected CodeTableLocalizer(LocalizedTextTable table, CultureInfo? culture)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _culture = culture;
    }

    /// <inheritdoc />
    public LocalizedString this[string name]
    {
        get
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            int index = _table.IndexOfKey(name);
            return index < 0
                ? new LocalizedString(name, name, resourceNotFound: true, searchedLocation: _table.BaseName)
                : new LocalizedString(name, _table.Get(index, _culture), resourceNotFound: false, searchedLocation: _table.BaseName);
        }
    }

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            LocalizedString format = this[name];
            string value = string.Format(_culture ?? CultureInfo.CurrentCulture, format.Value, arguments);
            return new LocalizedString(name, value, format.ResourceNotFound, format.SearchedLocation);
        }
    }

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        CultureInfo culture = _culture ?? CultureInfo.CurrentUICulture;
        if (includeParentCultures)
        {
            for (int i = 0; i < _table.Count; i++)
            {
                yield return new LocalizedString(_table.GetKey(i), _table.Get(i, culture), resourceNotFound: false, searchedLocation: _table.BaseName);
            }

            yield break;
        }

        ResourceSet? own = _table.GetOwnResourceSet(culture);
        if (own is null)
        {
            yield break;
        }

        for (int i = 0; i < _table.Count; i++)
        {
            string? value = own.GetString(_table.GetKey(i));
            if (value is not null)
            {
                yield return new LocalizedString(_table.GetKey(i), value, resourceNotFound: false, searchedLocation: _table.BaseName);
            }
        }
    }
}
