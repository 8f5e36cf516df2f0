namespace SmtpCodes.Tests.Infrastructure;

/// <summary>Serializes tests that redirect the process-wide Console.</summary>
internal sealed class ConsoleLock
{
    public static readonly ConsoleLock Instance = new();

    private ConsoleLock()
    {
    }
}
