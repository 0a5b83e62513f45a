using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>Query parameters that carry an API token: <c>token</c>, <c>api_key</c>, <c>apikey</c>, <c>access_token</c>.</summary>
    /// <remarks>
    /// Names compare case-insensitively and whole: <c>page_token</c> and <c>next_token</c> are paging cursors.
    /// </remarks>
    internal static class TokenQueryParameters
    {
        private static readonly string[] Names = { "token", "api_key", "apikey", "access_token" };

        /// <summary>Whether the parameter is named like an API token.</summary>
        public static bool IsTokenName(string text, QueryParameter parameter)
        {
            foreach (var name in Names)
            {
                if (parameter.NameLength == name.Length &&
                    string.Compare(text, parameter.NameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the parameter is named like an API token and has a value that is not a placeholder.</summary>
        /// <remarks>
        /// Placeholders are those of the token rules (<see cref="TokenShapes.IsPlaceholder"/>): <c>YOUR_TOKEN</c>, <c>xxxx</c>,
        /// <c>{token}</c>, <c>&lt;token&gt;</c>, <c>...</c>; and references: <c>$TOKEN</c>, <c>%s</c>, <c>%TOKEN%</c>,
        /// <c>:token</c> (a route template), a bare environment-variable name such as <c>COOLSET_API_TOKEN</c>.
        /// </remarks>
        public static bool CarriesToken(string text, QueryParameter parameter) =>
            parameter.ValueLength > 0 &&
            IsTokenName(text, parameter) &&
            !TokenShapes.IsPlaceholder(text, parameter.ValueStart, parameter.ValueLength) &&
            !IsReference(text, parameter.ValueStart, parameter.ValueLength);

        private static bool IsReference(string text, int start, int length)
        {
            var first = text[start];
            if (first == '$' || first == '%' || first == ':')
            {
                return true;
            }

            var hasUnderscore = false;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c == '_')
                {
                    hasUnderscore = true;
                }
                else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return hasUnderscore;
        }
    }
}
