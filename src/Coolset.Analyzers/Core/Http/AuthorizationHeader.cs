using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// What the Coolset API expects on every request: <c>Authorization: Bearer &lt;token&gt;</c>. The one place that
    /// knows the header's name and the scheme; header names and schemes compare case-insensitively, as HTTP does.
    /// </summary>
    internal static class AuthorizationHeader
    {
        public const string Name = "Authorization";

        public const string BearerScheme = "Bearer";

        /// <summary>Whether <paramref name="headerName"/> names the Authorization header (any case).</summary>
        public static bool IsName(string? headerName) => string.Equals(headerName, Name, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether <paramref name="scheme"/> is <c>Bearer</c> (any case, surrounding spaces ignored).</summary>
        public static bool IsBearerScheme(string? scheme) =>
            scheme != null && string.Equals(scheme.Trim(), BearerScheme, StringComparison.OrdinalIgnoreCase);
    }
}
