using System;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// <c>SmtpReplyInfo.TryParse</c> against <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> ignoring case, on
/// a code and on a member name.
/// </summary>
[MemoryDiagnoser]
public class TryParseBenchmarks
{
    [Params("550", "MailboxUnavailable")]
    public string Text { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        Check.That(Enum.TryParse(Text, ignoreCase: true, out SmtpReply expected), $"Enum.TryParse(\"{Text}\")");
        Check.That(SmtpReplyInfo.TryParse(Text, out SmtpReply actual), $"SmtpReplyInfo.TryParse(\"{Text}\")");
        Check.Equal(expected, actual, $"TryParse(\"{Text}\")");
    }

    [Benchmark(Baseline = true, Description = "Enum.TryParse<SmtpReply>(text, ignoreCase: true)")]
    public SmtpReply EnumTryParse()
    {
        Enum.TryParse(Text, ignoreCase: true, out SmtpReply value);
        return value;
    }

    [Benchmark(Description = "SmtpReplyInfo.TryParse(text)")]
    public SmtpReply InfoTryParse()
    {
        SmtpReplyInfo.TryParse(Text, out SmtpReply value);
        return value;
    }
}
