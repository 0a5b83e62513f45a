namespace Coolset.Analyzers.Core
{
    /// <summary>Why a value is a token value: the kind of token source it comes from.</summary>
    internal enum TokenSourceKind : byte
    {
        /// <summary>Not a token value.</summary>
        None,

        /// <summary>A string symbol named like a credential; the name is the symbol's.</summary>
        NamedCredential,

        /// <summary>The configured environment variable; the name is the variable's.</summary>
        EnvironmentVariable,

        /// <summary>The configured configuration key; the name is the key.</summary>
        ConfigurationKey,

        /// <summary>A token-named property of a bound options class; the name is <c>Type.Property</c>.</summary>
        OptionsProperty,

        /// <summary>The Authorization header of an outgoing request or client.</summary>
        AuthorizationHeader,

        /// <summary>The Authorization header of the request an ASP.NET Core app is serving.</summary>
        IncomingAuthorizationHeader,

        /// <summary>A live or test token or a Bearer credential literal; the name is the constant text (shown redacted only).</summary>
        HardcodedSecret,
    }

    /// <summary>
    /// The answer to "is this a token value?": which source it flows from and the name that source goes by, so that a
    /// diagnostic can say what is known. A small value: asking costs no allocation.
    /// </summary>
    internal readonly struct TokenEvidence
    {
        public static readonly TokenEvidence None = default;

        private TokenEvidence(TokenSourceKind kind, string? name, bool isSplitPieces)
        {
            Kind = kind;
            Name = name;
            IsSplitPieces = isSplitPieces;
        }

        public TokenSourceKind Kind { get; }

        /// <summary>The symbol, variable, key or property name; for <see cref="TokenSourceKind.HardcodedSecret"/>, the literal text.</summary>
        public string? Name { get; }

        /// <summary>
        /// The value is the pieces of a token value split at spaces (<c>header.Split(' ')</c>): the first piece is the
        /// scheme, the others hold the credential.
        /// </summary>
        public bool IsSplitPieces { get; }

        public bool IsToken => Kind != TokenSourceKind.None;

        public static TokenEvidence From(TokenSourceKind kind, string? name = null) => new TokenEvidence(kind, name, isSplitPieces: false);

        /// <summary>The same source, as the pieces of a split.</summary>
        public TokenEvidence AsSplitPieces() => IsToken ? new TokenEvidence(Kind, Name, isSplitPieces: true) : this;

        /// <summary>The same source, as one whole value again (a piece that holds the credential, a joined string).</summary>
        public TokenEvidence AsWhole() => IsSplitPieces ? new TokenEvidence(Kind, Name, isSplitPieces: false) : this;

        /// <summary>
        /// The subject of a sentence that names the value and why it counts, never the secret:
        /// <c>'accessToken', named like a credential,</c> or <c>The Coolset API token from COOLSET_API_TOKEN</c>.
        /// </summary>
        public string Describe()
        {
            switch (Kind)
            {
                case TokenSourceKind.NamedCredential:
                    return "'" + Name + "', named like a credential,";
                case TokenSourceKind.EnvironmentVariable:
                    return "The Coolset API token from " + Name;
                case TokenSourceKind.ConfigurationKey:
                    return "The Coolset API token from configuration key '" + Name + "'";
                case TokenSourceKind.OptionsProperty:
                    return "The Coolset API token from options property '" + Name + "'";
                case TokenSourceKind.AuthorizationHeader:
                    return "The Authorization header of a request";
                case TokenSourceKind.IncomingAuthorizationHeader:
                    return "The Authorization header of the incoming request";
                case TokenSourceKind.HardcodedSecret:
                    return DescribeLiteral(Name ?? string.Empty);
                default:
                    return "A token value";
            }
        }

        private static string DescribeLiteral(string text)
        {
            var matches = new System.Collections.Generic.List<SecretMatch>(1);
            TokenShapes.FindSecrets(text, matches);
            if (matches.Count == 0)
            {
                return "A hardcoded credential";
            }

            var first = matches[0];
            var what = first.Kind == SecretKind.BearerCredential ? "Bearer credential" : "Coolset API token";
            return "A hardcoded " + what + " ('" + Redaction.Redact(text, first) + "')";
        }
    }
}
