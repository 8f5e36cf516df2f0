using System;

namespace SmtpCodes.Benchmarks;

/// <summary>Checks a benchmark makes in its setup, so that it cannot compare things that do not agree.</summary>
internal static class Check
{
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected '{expected}' but got '{actual}'.");
        }
    }

    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }
}
