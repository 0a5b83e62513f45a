using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>Where a secret found in a literal's value stands in the literal's source text.</summary>
    internal static class SecretSourceOffsets
    {
        /// <summary>
        /// The offset in <paramref name="source"/> of the secret at <paramref name="match"/> in <paramref name="value"/>,
        /// or -1. Secrets are made of characters that no string form escapes (no quotes, backslashes, braces or white
        /// space), so the n-th occurrence in the value is the n-th occurrence in the source text.
        /// </summary>
        public static int SourceStart(string value, string source, SecretMatch match)
        {
            if (match.Start < 0 || match.End > value.Length || match.Length == 0)
            {
                return -1;
            }

            var secret = value.Substring(match.Start, match.Length);
            var occurrence = 0;
            for (var i = value.IndexOf(secret, StringComparison.Ordinal); i >= 0 && i < match.Start; i = value.IndexOf(secret, i + secret.Length, StringComparison.Ordinal))
            {
                occurrence++;
            }

            var sourceIndex = source.IndexOf(secret, StringComparison.Ordinal);
            for (; sourceIndex >= 0 && occurrence > 0; occurrence--)
            {
                sourceIndex = source.IndexOf(secret, sourceIndex + secret.Length, StringComparison.Ordinal);
            }

            return sourceIndex;
        }
    }
}
