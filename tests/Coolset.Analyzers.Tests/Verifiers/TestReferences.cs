using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace Coolset.Analyzers.Tests.Verifiers
{
    /// <summary>The reference assemblies and packages compilations under test are built against.</summary>
    /// <remarks>Every package here is also a PackageDownload of the test project, so tests never download.</remarks>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        public static readonly ReferenceAssemblies Configuration = Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.Extensions.Configuration.Abstractions", "8.0.0"),
            new PackageIdentity("Microsoft.Extensions.Options", "8.0.0")));

        public static readonly ReferenceAssemblies Logging = Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.Extensions.Logging.Abstractions", "8.0.0"),
            new PackageIdentity("Microsoft.Extensions.Configuration.Abstractions", "8.0.0"),
            new PackageIdentity("Microsoft.Extensions.Options", "8.0.0")));
    }
}
