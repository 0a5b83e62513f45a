using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>Query parameters that carry an API token: <c>token</c>, <c>api_key</c>, <c>apikey</c>, <c>access_token</c>.</summary>
    /// <remarks>
    /// Names compare case-insensitively and whole: <c>page_token</c> and <c>next_token</c> are paging cursors.
    /// See docs/rules/COOL008.md.
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
        /// <remarks>Placeholders are those of the token rules (<see cref="TokenShapes.IsPlaceholder"/>): <c>YOUR_TOKEN</c>, <c>xxxx</c>, <c>{token}</c>, <c>&lt;token&gt;</c>, <c>...</c>.</remarks>
        public static bool CarriesToken(string text, QueryParameter parameter) =>
            parameter.ValueLength > 0 &&
            IsTokenName(text, parameter) &&
            !TokenShapes.IsPlaceholder(text, parameter.ValueStart, parameter.ValueLength);
    }
}
