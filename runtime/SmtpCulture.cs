using System;
using System.Globalization;

namespace SmtpCodes;

/// <summary>
/// Turns a culture name that a user typed (a command-line option, a configuration value) into a culture to describe
/// codes in, never failing: a name .NET does not accept falls back to English, as a culture without texts does.
/// </summary>
public static class SmtpCulture
{
    /// <summary>
    /// Resolves a culture name such as <c>tr</c>, <c>tr-TR</c> or <c>en-US</c>. A name .NET rejects
    /// (<see cref="CultureInfo.GetCultureInfo(string)"/> would throw <see cref="CultureNotFoundException"/>) gives
    /// <see cref="CultureInfo.InvariantCulture"/>, whose texts are the neutral English ones.
    /// </summary>
    /// <param name="name">The culture name; surrounding white space is ignored. <see langword="null"/> means
    /// <see cref="CultureInfo.CurrentUICulture"/>, as in <c>Describe</c>; an empty name is the invariant culture.</param>
    /// <returns>The culture; never <see langword="null"/>, never throws.</returns>
    public static CultureInfo Resolve(string? name)
    {
        if (name is null)
        {
            return CultureInfo.CurrentUICulture;
        }

        string trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(trimmed);
        }
        catch (ArgumentException)
        {
            // CultureNotFoundException is an ArgumentException; names with characters no culture name has land here too.
            return CultureInfo.InvariantCulture;
        }
    }
}
