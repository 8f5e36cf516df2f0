using System;
using System.Globalization;
using System.Resources;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// <c>Describe(tr-TR)</c> of a defined code against the stock ways to get the same Turkish text: the
/// <see cref="IStringLocalizer{T}"/> that <c>AddLocalization()</c> registers (a <c>ResourceManagerStringLocalizer</c>
/// reading <see cref="CultureInfo.CurrentUICulture"/>), and <see cref="ResourceManager.GetString(string, CultureInfo)"/>.
/// </summary>
[MemoryDiagnoser]
public class DescribeBenchmarks
{
    private const string Name = nameof(SmtpReply.MailboxUnavailable);

    private readonly CultureInfo _turkish = new("tr-TR");
    private SmtpReply _reply = SmtpReply.MailboxUnavailable;
    private ServiceProvider? _services;
    private IStringLocalizer<SmtpReply> _localizer = null!;
    private ResourceManager _resources = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The localizer reads the UI culture; set it for this thread and any other the harness might use.
        CultureInfo.CurrentUICulture = _turkish;
        CultureInfo.DefaultThreadCurrentUICulture = _turkish;
        _services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        _localizer = _services.GetRequiredService<IStringLocalizer<SmtpReply>>();
        _resources = new ResourceManager("SmtpCodes.SmtpReply", typeof(SmtpReply).Assembly);

        // All three must give the same Turkish text, or the comparison means nothing.
        string ours = Describe();
        Check.Equal("İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)", ours, "Describe(tr-TR)");
        Check.Equal(ours, Localizer(), "IStringLocalizer<SmtpReply> under tr-TR");
        Check.Equal(ours, ResourceManagerGetString(), "ResourceManager.GetString(name, tr-TR)");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true, Description = "IStringLocalizer<SmtpReply>[name] (AddLocalization)")]
    public string Localizer() => _localizer[Name].Value;

    [Benchmark(Description = "ResourceManager.GetString(name, tr-TR)")]
    public string? ResourceManagerGetString() => _resources.GetString(Name, _turkish);

    [Benchmark(Description = "reply.Describe(tr-TR)")]
    public string Describe() => _reply.Describe(_turkish);
}
