using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>How an Authorization value can become <c>new AuthenticationHeaderValue("Bearer", credential)</c> and keep its meaning.</summary>
    internal enum BearerRewriteKind
    {
        /// <summary>No rewrite keeps the meaning (a literal with another scheme, a scheme without credential, TryParse).</summary>
        None,

        /// <summary><c>new AuthenticationHeaderValue("Basic", x)</c>: the scheme argument becomes <c>"Bearer"</c>.</summary>
        SchemeArgument,

        /// <summary>The whole value is the credential (<c>Parse(token)</c>, <c>Add("Authorization", token)</c>).</summary>
        WholeValue,

        /// <summary>The value is <c>"Token " + x</c> or <c>$"Token {x}"</c>: <c>x</c> is the credential.</summary>
        AfterScheme,
    }

    /// <summary>How a diagnostic tells its code fix which rewrite keeps the meaning; the fix reads it back.</summary>
    internal static class BearerRewrite
    {
        public const string Property = "BearerRewrite";

        public static ImmutableDictionary<string, string?> Create(BearerRewriteKind kind) =>
            kind == BearerRewriteKind.None
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(Property, kind.ToString());

        public static BearerRewriteKind Of(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(Property, out var text) && System.Enum.TryParse<BearerRewriteKind>(text, out var kind)
                ? kind
                : BearerRewriteKind.None;
    }
}
