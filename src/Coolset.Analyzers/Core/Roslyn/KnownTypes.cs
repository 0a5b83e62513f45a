using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The types the rules and fixes need, looked up by metadata name at most once per compilation, on first use.
    /// </summary>
    /// <remarks>
    /// The only caller of <c>Compilation.GetTypeByMetadataName</c> (BannedSymbols.txt keeps it so): that lookup walks
    /// every referenced assembly, and in the IDE compilation-start actions run again for every document request.
    /// </remarks>
    internal sealed class KnownTypes
    {
        private static readonly ConditionalWeakTable<Compilation, KnownTypes> ByCompilation = new ConditionalWeakTable<Compilation, KnownTypes>();
        private static readonly ConditionalWeakTable<Compilation, KnownTypes>.CreateValueCallback Create = compilation => new KnownTypes(compilation);

        private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);
        private readonly Func<string, INamedTypeSymbol?> _lookUp;

        private KnownTypes(Compilation compilation)
        {
#pragma warning disable RS0030 // The one sanctioned lookup: results are cached per compilation.
            _lookUp = compilation.GetTypeByMetadataName;
#pragma warning restore RS0030
        }

        public static KnownTypes For(Compilation compilation) => ByCompilation.GetValue(compilation, Create);

        /// <summary>The type named <paramref name="metadataName"/> (see <see cref="WellKnownTypeNames"/>), or null when the compilation cannot see it.</summary>
        public INamedTypeSymbol? Get(string metadataName) => _types.GetOrAdd(metadataName, _lookUp);
    }
}
