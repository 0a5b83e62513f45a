using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Where hardcoded secrets are looked for, and how a diagnostic tells its code fix which secret of the reported
    /// text it is about (offsets only: a diagnostic never carries the secret itself).
    /// </summary>
    internal static class SecretLocations
    {
        public const string SecretStartProperty = "SecretStart";
        public const string SecretLengthProperty = "SecretLength";
        public const string SecretKindProperty = "SecretKind";

        public static bool IsStringLiteralToken(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsCommentOrDisabledText(SyntaxTrivia trivia)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.DisabledTextTrivia:
                    return true;
                default:
                    return false;
            }
        }

        public static ImmutableDictionary<string, string?> Properties(SecretMatch match) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(SecretStartProperty, match.Start.ToString(CultureInfo.InvariantCulture))
                .Add(SecretLengthProperty, match.Length.ToString(CultureInfo.InvariantCulture))
                .Add(SecretKindProperty, match.Kind.ToString());

        public static bool TryGetMatch(Diagnostic diagnostic, out SecretMatch match)
        {
            match = default;
            if (diagnostic.Properties.TryGetValue(SecretStartProperty, out var startText) &&
                diagnostic.Properties.TryGetValue(SecretLengthProperty, out var lengthText) &&
                diagnostic.Properties.TryGetValue(SecretKindProperty, out var kindText) &&
                int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start) &&
                int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) &&
                System.Enum.TryParse<SecretKind>(kindText, out var kind))
            {
                match = new SecretMatch(kind, start, length);
                return true;
            }

            return false;
        }
    }
}
