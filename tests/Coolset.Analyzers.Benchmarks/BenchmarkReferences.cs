using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Benchmarks
{
    /// <summary>The reference sets compilations are built against: the tests' .NET 8 + logging/configuration/HTTP client factory packages, or .NET 8 without System.Net.Http.</summary>
    internal static class BenchmarkReferences
    {
        public static async Task<ImmutableArray<MetadataReference>> WithHttpAndLoggingAsync(CancellationToken cancellationToken) =>
            await TestReferences.Http.ResolveAsync(LanguageNames.CSharp, cancellationToken).ConfigureAwait(false);

        public static async Task<ImmutableArray<MetadataReference>> WithoutHttpOrLoggingAsync(CancellationToken cancellationToken)
        {
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, cancellationToken).ConfigureAwait(false);
            return references
                .Where(r => !string.Equals(Path.GetFileNameWithoutExtension((r as PortableExecutableReference)?.FilePath), "System.Net.Http", StringComparison.OrdinalIgnoreCase))
                .ToImmutableArray();
        }
    }
}
