using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>The <c>System.Net.Http</c> types Coolset requests are made of, resolved once per compilation; null when absent.</summary>
    internal sealed class HttpSymbols
    {
        private HttpSymbols(KnownTypes types, INamedTypeSymbol client, INamedTypeSymbol request)
        {
            Client = client;
            Request = request;
            Invoker = types.Get(WellKnownTypeNames.HttpMessageInvoker);
            Headers = types.Get(WellKnownTypeNames.HttpHeaders);
            AuthenticationHeaderValue = types.Get(WellKnownTypeNames.AuthenticationHeaderValue);
            ClientHandler = types.Get(WellKnownTypeNames.HttpClientHandler);
            SocketsHandler = types.Get(WellKnownTypeNames.SocketsHttpHandler);
            JsonExtensions = types.Get(WellKnownTypeNames.HttpClientJsonExtensions);
        }

        public INamedTypeSymbol Client { get; }

        public INamedTypeSymbol Request { get; }

        public INamedTypeSymbol? Invoker { get; }

        public INamedTypeSymbol? Headers { get; }

        public INamedTypeSymbol? AuthenticationHeaderValue { get; }

        public INamedTypeSymbol? ClientHandler { get; }

        public INamedTypeSymbol? SocketsHandler { get; }

        public INamedTypeSymbol? JsonExtensions { get; }

        /// <summary>The symbols, or null when the compilation cannot see <c>HttpClient</c> and <c>HttpRequestMessage</c> (then there are no requests).</summary>
        public static HttpSymbols? For(Compilation compilation)
        {
            var types = KnownTypes.For(compilation);
            var client = types.Get(WellKnownTypeNames.HttpClient);
            var request = types.Get(WellKnownTypeNames.HttpRequestMessage);
            return client == null || request == null ? null : new HttpSymbols(types, client, request);
        }

        public bool IsClient(ITypeSymbol? type) => type.IsOrDerivesFrom(Client);

        public bool IsRequest(ITypeSymbol? type) => type.IsOrDerivesFrom(Request);

        public bool IsHeaders(ITypeSymbol? type) => Headers != null && type.IsOrDerivesFrom(Headers);

        public bool IsAuthenticationHeaderValue(ITypeSymbol? type) =>
            AuthenticationHeaderValue != null && SymbolEqualityComparer.Default.Equals(type, AuthenticationHeaderValue);

        /// <summary>A handler that only sends (<c>HttpClientHandler</c>, <c>SocketsHttpHandler</c>): it sets no header.</summary>
        public bool IsPlainHandler(ITypeSymbol? type) =>
            (ClientHandler != null && SymbolEqualityComparer.Default.Equals(type, ClientHandler)) ||
            (SocketsHandler != null && SymbolEqualityComparer.Default.Equals(type, SocketsHandler));
    }
}
