using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Names that say "this holds a Coolset token or credential" (docs/concepts.md, "Token value"): the name rule for
    /// text, and the same rule applied to symbols.
    /// </summary>
    internal static class CredentialNames
    {
        /// <summary>Options properties that hold the token (<c>IOptions&lt;CoolsetOptions&gt;.Value.ApiToken</c>).</summary>
        public static readonly ImmutableArray<string> OptionsPropertyNames =
            ImmutableArray.Create("ApiToken", "Token", "ApiKey", "AccessToken", "BearerToken");

        private static readonly ImmutableArray<string> ExactNames = ImmutableArray.Create(
            "token", "apitoken", "apikey", "accesstoken", "authtoken", "bearertoken", "bearer",
            "authorization", "authheader", "authorizationheader", "secret", "apisecret", "coolsettoken");

        private static readonly ImmutableArray<string> Suffixes =
            ImmutableArray.Create("apitoken", "apikey", "accesstoken", "bearertoken");

        public static bool IsOptionsTokenProperty(string name) => OptionsPropertyNames.Contains(name);

        /// <summary>
        /// After removing a leading <c>m_</c>, <c>s_</c> or <c>_</c>, then all underscores, and lower-casing, the name is one
        /// of the credential names or ends with one of the credential suffixes.
        /// </summary>
        public static bool IsCredentialName(string name)
        {
            var start = name.StartsWith("m_", StringComparison.Ordinal) || name.StartsWith("s_", StringComparison.Ordinal) ? 2
                : name.StartsWith("_", StringComparison.Ordinal) ? 1
                : 0;
            if (name.Length - start > 32)
            {
                return false;
            }

            var normalized = name.Substring(start).Replace("_", string.Empty).ToLowerInvariant();
            if (ExactNames.Contains(normalized))
            {
                return true;
            }

            foreach (var suffix in Suffixes)
            {
                if (normalized.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsNamedCredential(ISymbol symbol)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    return !local.IsConst && IsCredential(local.Type, local.Name);
                case IParameterSymbol parameter:
                    return IsCredential(parameter.Type, parameter.Name);
                case IFieldSymbol field:
                    // Constants are judged by their value; a framework's static readonly header name
                    // (HeaderNames.Authorization = "Authorization") is a name, not a credential.
                    return !field.IsConst && !(field.IsStatic && field.IsReadOnly && !InSource(field)) &&
                           IsCredential(field.Type, field.Name);
                case IPropertySymbol property:
                    return !property.IsIndexer && property.Type.SpecialType == SpecialType.System_String &&
                           (IsOptionsTokenProperty(property.Name) || IsCredentialName(property.Name));
                default:
                    return false;
            }
        }

        private static bool IsCredential(ITypeSymbol type, string name) =>
            type.SpecialType == SpecialType.System_String && IsCredentialName(name);

        private static bool InSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
