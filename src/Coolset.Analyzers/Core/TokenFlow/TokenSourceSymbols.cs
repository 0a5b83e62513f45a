using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>The types token values come from or flow through, resolved once per compilation; null when absent.</summary>
    internal sealed class TokenSourceSymbols
    {
        public TokenSourceSymbols(Compilation compilation)
        {
            var types = KnownTypes.For(compilation);
            Environment = types.Get(WellKnownTypeNames.Environment);
            StringBuilder = types.Get(WellKnownTypeNames.StringBuilder);
            AuthenticationHeaderValue = types.Get(WellKnownTypeNames.AuthenticationHeaderValue);
            HttpRequestHeaders = types.Get(WellKnownTypeNames.HttpRequestHeaders);
            HttpHeaders = types.Get(WellKnownTypeNames.HttpHeaders);
            Configuration = types.Get(WellKnownTypeNames.IConfiguration);
            Enumerable = types.Get(WellKnownTypeNames.Enumerable);
        }

        public INamedTypeSymbol? Environment { get; }

        public INamedTypeSymbol? StringBuilder { get; }

        public INamedTypeSymbol? AuthenticationHeaderValue { get; }

        public INamedTypeSymbol? HttpRequestHeaders { get; }

        public INamedTypeSymbol? HttpHeaders { get; }

        public INamedTypeSymbol? Configuration { get; }

        public INamedTypeSymbol? Enumerable { get; }

        public bool IsStringBuilder(ITypeSymbol? type) => StringBuilder != null && SymbolEqualityComparer.Default.Equals(type, StringBuilder);

        /// <summary>Whether a symbol of this type can hold a token value at all: text, a header value, a builder, or strings.</summary>
        public bool CanHoldToken(ITypeSymbol? type)
        {
            switch (type)
            {
                case null:
                    return false;
                case IArrayTypeSymbol array:
                    return CanHoldToken(array.ElementType);
                case INamedTypeSymbol named when named.SpecialType == SpecialType.System_String || named.SpecialType == SpecialType.System_Object:
                    return true;
                case INamedTypeSymbol named:
                    if (IsStringBuilder(named) || SymbolEqualityComparer.Default.Equals(named, AuthenticationHeaderValue))
                    {
                        return true;
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        if (argument.SpecialType == SpecialType.System_String)
                        {
                            return true; // IEnumerable<string> from GetValues, List<string>, ...
                        }
                    }

                    return named.IsAnonymousType || named.IsTupleType;
                default:
                    return false;
            }
        }

        /// <summary><c>IConfiguration</c> itself or a type that implements it (sections, roots, <c>ConfigurationManager</c>).</summary>
        public bool IsConfiguration(ITypeSymbol? type) => type.IsOrImplements(Configuration);
    }
}
