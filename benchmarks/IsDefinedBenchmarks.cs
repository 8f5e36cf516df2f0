using System;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks;

/// <summary><c>SmtpReplyInfo.IsDefined</c> against <see cref="Enum.IsDefined{TEnum}(TEnum)"/>, on a member and on a non-member.</summary>
[MemoryDiagnoser]
public class IsDefinedBenchmarks
{
    [Params(550, 599)]
    public int Code { get; set; }

    [GlobalSetup]
    public void Setup() => Check.Equal(EnumIsDefined(), InfoIsDefined(), $"IsDefined({Code})");

    [Benchmark(Baseline = true, Description = "Enum.IsDefined((SmtpReply)code)")]
    public bool EnumIsDefined() => Enum.IsDefined((SmtpReply)Code);

    [Benchmark(Description = "SmtpReplyInfo.IsDefined((SmtpReply)code)")]
    public bool InfoIsDefined() => SmtpReplyInfo.IsDefined((SmtpReply)Code);
}
