using System;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks;

/// <summary><c>ToStringFast()</c> against <see cref="Enum.ToString()"/>.</summary>
[MemoryDiagnoser]
public class ToStringFastBenchmarks
{
    private SmtpReply _reply = SmtpReply.MailboxUnavailable;

    [GlobalSetup]
    public void Setup() => Check.Equal(EnumToString(), ToStringFast(), "ToStringFast()");

    [Benchmark(Baseline = true, Description = "reply.ToString()")]
    public string EnumToString() => _reply.ToString();

    [Benchmark(Description = "reply.ToStringFast()")]
    public string ToStringFast() => _reply.ToStringFast();
}
