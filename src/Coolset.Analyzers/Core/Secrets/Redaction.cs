using System.Collections.Generic;
using System.Text;

namespace Coolset.Analyzers.Core
{
    /// <summary>Shows a secret the way a diagnostic message, a SARIF log or a build log may show it.</summary>
    internal static class Redaction
    {
        private const string Ellipsis = "\u2026";
        private const int VisibleTail = 4;
        private const int MinimumLengthToShowTail = 12;

        /// <summary><c>sk_live_…cdef</c>: the prefix and at most the last four characters.</summary>
        public static string Redact(string text, SecretMatch match)
        {
            switch (match.Kind)
            {
                case SecretKind.LiveToken:
                case SecretKind.TestToken:
                    var prefixLength = TokenShapes.LivePrefix.Length;
                    return text.Substring(match.Start, prefixLength) + Ellipsis +
                           Tail(text, match.Start + prefixLength, match.Length - prefixLength);
                default:
                    return AuthorizationHeader.BearerScheme + " " + Ellipsis + Tail(text, match.Start, match.Length);
            }
        }

        /// <summary>The text with every token and Bearer credential in it redacted.</summary>
        public static string RedactAll(string text)
        {
            if (!TokenShapes.MayContainSecret(text))
            {
                return text;
            }

            var matches = new List<SecretMatch>();
            TokenShapes.FindSecrets(text, matches);
            if (matches.Count == 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            var position = 0;
            foreach (var match in matches)
            {
                var replaceFrom = TokenShapes.TextStart(text, match);
                builder.Append(text, position, replaceFrom - position).Append(Redact(text, match));
                position = match.End;
            }

            return builder.Append(text, position, text.Length - position).ToString();
        }

        private static string Tail(string text, int start, int length) =>
            length < MinimumLengthToShowTail ? string.Empty : text.Substring(start + length - VisibleTail, VisibleTail);
    }
}
