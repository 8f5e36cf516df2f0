using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// Runs the benchmarks BenchmarkDotNet's command line selects: <c>--filter '*'</c> for all of them, <c>--job short</c>
/// for a quick run. Ratios read as "N× faster" against each class's baseline, which is what a user would otherwise write.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        IConfig config = DefaultConfig.Instance
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
