using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Package;

/// <summary>The package tests share one pack (it is the slow part) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedSmtpCodes>
{
    public const string Name = "Package";
}
