using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Package;

/// <summary>
/// The package tests share one pack (it is the slow part) and run one after another. Every test that packs the repository
/// in Release belongs here, the tool's install test too: two packs at once would build runtime/obj/Release together and
/// one fails on the other's open SmtpCodes.dll (seen once in a fresh clone).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedSmtpCodes>
{
    public const string Name = "Package";
}
