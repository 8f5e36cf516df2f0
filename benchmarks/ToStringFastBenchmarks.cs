using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// <c>ToStringFast()</c> against <see cref="Enum.ToString()"/>, over every member in turn (a single value measures
/// little more than the timer's resolution: the table lookup is a couple of instructions).
/// </summary>
[MemoryDiagnoser]
public class ToStringFastBenchmarks
{
    private const int Count = 53;

    private readonly SmtpReply[] _replies = SmtpReplyInfo.GetValues().ToArray();

    [GlobalSetup]
    public void Setup()
    {
        Check.That(_replies.Length == Count, "OperationsPerInvoke matches the member count");
        foreach (SmtpReply reply in _replies)
        {
            Check.Equal(reply.ToString(), reply.ToStringFast(), "ToStringFast()");
        }
    }

    [Benchmark(Baseline = true, Description = "reply.ToString()", OperationsPerInvoke = Count)]
    public int EnumToString()
    {
        int length = 0;
        foreach (SmtpReply reply in _replies)
        {
            length += reply.ToString().Length;
        }

        return length;
    }

    [Benchmark(Description = "reply.ToStringFast()", OperationsPerInvoke = Count)]
    public int ToStringFast()
    {
        int length = 0;
        foreach (SmtpReply reply in _replies)
        {
            length += reply.ToStringFast().Length;
        }

        return length;
    }
}
