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

        /// <summary>
        /// <see cref="Logging"/> plus the HTTP client factory (<c>AddHttpClient</c>, <c>AddHttpMessageHandler</c>): what
        /// the benchmark's codebase compiles against.
        /// </summary>
        public static readonly ReferenceAssemblies Http = Logging.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.Extensions.Http", "8.0.0")));

        /// <summary>Every logging library COOL003 knows, with configuration (and its binder) and options.</summary>
        public static readonly ReferenceAssemblies AllLogging = Logging.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.Extensions.Configuration.Binder", "8.0.0"),
            new PackageIdentity("Serilog", "4.3.0"),
            new PackageIdentity("NLog", "5.5.1"),
            new PackageIdentity("log4net", "3.5.0")));

        /// <summary>The ASP.NET Core shared framework (<c>HttpContext</c>, <c>IHeaderDictionary</c>, <c>HeaderNames</c>), which brings logging, configuration and options.</summary>
        public static readonly ReferenceAssemblies AspNetCore = Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0")));
    }
}
