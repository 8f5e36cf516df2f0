using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>
/// Every test runs with tr-TR as the current culture and UI culture, so a culture-sensitive string call (the Turkish
/// dotted and dotless i) anywhere in the generator or the runtime shows up as a failure. Tests that want another
/// culture pass it explicitly.
/// </summary>
internal static class TurkishCultureForAllTests
{
    public static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

#pragma warning disable CA2255 // A test assembly is the place for a module initializer that sets the culture.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseTurkish()
    {
        CultureInfo.DefaultThreadCurrentCulture = Turkish;
        CultureInfo.DefaultThreadCurrentUICulture = Turkish;
        CultureInfo.CurrentCulture = Turkish;
        CultureInfo.CurrentUICulture = Turkish;
    }
}
