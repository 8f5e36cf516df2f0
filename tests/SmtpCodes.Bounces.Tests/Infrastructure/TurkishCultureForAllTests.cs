using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmtpCodes.Bounces.Tests.Infrastructure;

/// <summary>Every test runs under tr-TR, so a culture-sensitive string call in the decoders shows up as a failure.</summary>
internal static class TurkishCultureForAllTests
{
#pragma warning disable CA2255 // A test assembly is the place for a module initializer that sets the culture.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseTurkish()
    {
        CultureInfo turkish = CultureInfo.GetCultureInfo("tr-TR");
        CultureInfo.DefaultThreadCurrentCulture = turkish;
        CultureInfo.DefaultThreadCurrentUICulture = turkish;
        CultureInfo.CurrentCulture = turkish;
        CultureInfo.CurrentUICulture = turkish;
    }
}
