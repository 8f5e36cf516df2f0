#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init accessors compile for .NET Standard 2.0, which lacks this marker type.</summary>
internal static class IsExternalInit
{
}
#endif
