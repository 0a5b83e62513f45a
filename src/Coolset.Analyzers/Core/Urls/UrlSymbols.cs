using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>The types URL expressions are built from, resolved once per compilation; null when absent.</summary>
    internal sealed class UrlSymbols
    {
        public UrlSymbols(Compilation compilation)
        {
            Uri = KnownTypes.For(compilation).Get(WellKnownTypeNames.Uri);
        }

        public INamedTypeSymbol? Uri { get; }

        /// <summary>Whether <paramref name="type"/> is <c>System.Uri</c>.</summary>
        public bool IsUri(ITypeSymbol? type) => Uri != null && SymbolEqualityComparer.Default.Equals(type, Uri);
    }
}
