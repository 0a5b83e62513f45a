using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
            HttpRequestMessage = types.Get(WellKnownTypeNames.HttpRequestMessage);
            HttpClient = types.Get(WellKnownTypeNames.HttpClient);
            Configuration = types.Get(WellKnownTypeNames.IConfiguration);
            Enumerable = types.Get(WellKnownTypeNames.Enumerable);
            HeaderDictionary = types.Get(WellKnownTypeNames.IHeaderDictionary);
            HeaderNames = types.Get(WellKnownTypeNames.HeaderNames);
            StringValues = types.Get(WellKnownTypeNames.StringValues);
            Options = types.Get(WellKnownTypeNames.IOptions);
            OptionsSnapshot = types.Get(WellKnownTypeNames.IOptionsSnapshot);
            OptionsMonitor = types.Get(WellKnownTypeNames.IOptionsMonitor);
            CredentialContext = CredentialContext.For(compilation);
        }

        /// <summary>Where the bare words <c>token</c> and <c>secret</c> name a credential; one per compilation, it caches per type.</summary>
        public CredentialContext CredentialContext { get; }

        public INamedTypeSymbol? Environment { get; }

        public INamedTypeSymbol? StringBuilder { get; }

        public INamedTypeSymbol? AuthenticationHeaderValue { get; }

        public INamedTypeSymbol? HttpRequestHeaders { get; }

        public INamedTypeSymbol? HttpHeaders { get; }

        public INamedTypeSymbol? HttpRequestMessage { get; }

        public INamedTypeSymbol? HttpClient { get; }

        /// <summary>An <c>HttpRequestMessage</c>: its text (<c>ToString()</c>, a log's formatting) prints every header.</summary>
        public bool IsRequestMessage(ITypeSymbol? type) => HttpRequestMessage != null && type.IsOrDerivesFrom(HttpRequestMessage);

        /// <summary>
        /// <c>request.Headers</c> or <c>client.DefaultRequestHeaders</c>: the headers a request or client sends, whose
        /// text prints the Authorization value. Returns the request or client, or null for any other property.
        /// </summary>
        public IOperation? SentHeadersOwner(IPropertyReferenceOperation reference) =>
            reference.Instance != null &&
            ((reference.Property.Name == "Headers" && IsRequestMessage(reference.Instance.Type)) ||
             (reference.Property.Name == "DefaultRequestHeaders" && HttpClient != null && reference.Instance.Type.IsOrDerivesFrom(HttpClient)))
                ? reference.Instance
                : null;

        public INamedTypeSymbol? Configuration { get; }

        public INamedTypeSymbol? Enumerable { get; }

        /// <summary>ASP.NET Core's <c>IHeaderDictionary</c> (<c>Request.Headers</c>).</summary>
        public INamedTypeSymbol? HeaderDictionary { get; }

        /// <summary>ASP.NET Core's <c>HeaderNames</c>, whose <c>Authorization</c> is a static field, not a constant.</summary>
        public INamedTypeSymbol? HeaderNames { get; }

        public INamedTypeSymbol? StringValues { get; }

        public INamedTypeSymbol? Options { get; }

        public INamedTypeSymbol? OptionsSnapshot { get; }

        public INamedTypeSymbol? OptionsMonitor { get; }

        public bool IsStringValues(ITypeSymbol? type) => StringValues != null && SymbolEqualityComparer.Default.Equals(type, StringValues);

        /// <summary><c>IHeaderDictionary</c> or a type that implements it.</summary>
        public bool IsHeaderDictionary(ITypeSymbol? type) => type.IsOrImplements(HeaderDictionary);

        /// <summary><c>"Authorization"</c> in any case, or ASP.NET Core's <c>HeaderNames.Authorization</c>.</summary>
        public bool IsAuthorizationHeaderName(IOperation? value)
        {
            value = value?.WithoutConversions();
            switch (value)
            {
                case null:
                    return false;
                case IFieldReferenceOperation field when field.Field.Name == AuthorizationHeader.Name:
                    return field.Field.IsDeclaredIn(HeaderNames) || AuthorizationHeader.IsName(field.ConstantValue.Value as string);
                case IPropertyReferenceOperation property when property.Property.Name == AuthorizationHeader.Name:
                    return property.Property.IsDeclaredIn(HeaderNames);
                default:
                    return value.ConstantValue.HasValue && AuthorizationHeader.IsName(value.ConstantValue.Value as string);
            }
        }

        /// <summary>The bound options object: <c>IOptions&lt;T&gt;.Value</c>, <c>IOptionsSnapshot&lt;T&gt;.Value</c>/<c>Get(name)</c>, <c>IOptionsMonitor&lt;T&gt;.CurrentValue</c>/<c>Get(name)</c>.</summary>
        public bool IsOptionsValue(IOperation? instance)
        {
            switch (instance?.WithoutConversions())
            {
                case IPropertyReferenceOperation property when property.Property.Name == "Value" || property.Property.Name == "CurrentValue":
                    return IsOptionsMember(property.Property);
                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Get":
                    return IsOptionsMember(invocation.TargetMethod);
                default:
                    return false;
            }
        }

        private bool IsOptionsMember(ISymbol member) =>
            member.IsDeclaredIn(Options) || member.IsDeclaredIn(OptionsSnapshot) || member.IsDeclaredIn(OptionsMonitor);

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
                    if (IsStringBuilder(named) || IsStringValues(named) || SymbolEqualityComparer.Default.Equals(named, AuthenticationHeaderValue) || IsRequestMessage(named))
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
