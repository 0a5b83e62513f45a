using System;
using System.Collections.Generic;

namespace Coolset.Analyzers.Core
{
    /// <summary>What a Coolset token and a Bearer credential look like, and what is only a placeholder.</summary>
    internal static class TokenShapes
    {
        public const string LivePrefix = "sk_live_";
        public const string TestPrefix = "sk_test_";

        /// <summary>The text every token starts with; a cheap pre-filter before a full scan.</summary>
        public const string CommonPrefix = "sk_";

        private const int MinimumTokenBodyLength = 8;
        private const int MinimumLongCredentialLength = 16;
        private const int MinimumMixedCredentialLength = 8;

        private static readonly string[] PlaceholderWords = { "YOUR", "EXAMPLE", "PLACEHOLDER", "REDACTED" };

        /// <summary>Words that introduce what follows as an example: documentation, not a credential in use.</summary>
        private static readonly string[] ExampleMarkers = { "example:", "e.g.", "for example", "such as" };

        /// <summary>Whether <paramref name="text"/> may hold a token or a Bearer credential at all.</summary>
        public static bool MayContainSecret(string text) =>
            text.IndexOf(CommonPrefix, StringComparison.Ordinal) >= 0 ||
            text.IndexOf(AuthorizationHeader.BearerScheme, StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Adds every live or test token in <paramref name="text"/> to <paramref name="results"/>.</summary>
        public static void FindTokens(string text, List<SecretMatch> results)
        {
            var index = 0;
            while (TryFindNextToken(text, ref index, out var match))
            {
                results.Add(match);
            }
        }

        /// <summary>
        /// Adds where a token or a Bearer credential may begin in the source text of a file (every <c>sk_</c>, and every
        /// <c>Bearer</c> that may introduce a credential), in ascending order.
        /// </summary>
        public static void AddCandidatePositions(string sourceText, List<int> positions)
        {
            var first = positions.Count;
            TextPositions.AddOccurrences(sourceText, CommonPrefix, StringComparison.Ordinal, positions);
            var scheme = AuthorizationHeader.BearerScheme;
            for (var index = 0; (index = sourceText.IndexOf(scheme, index, StringComparison.OrdinalIgnoreCase)) >= 0; index += scheme.Length)
            {
                if (MayIntroduceCredential(sourceText, index + scheme.Length))
                {
                    positions.Add(index);
                }
            }

            positions.Sort(first, positions.Count - first, null); // the prefixes and the schemes were found in two passes
        }

        /// <summary>Adds tokens and Bearer credentials in <paramref name="text"/>, in order of position.</summary>
        /// <remarks>A Bearer credential that is itself a token (or a token placeholder) is left to the token rules.</remarks>
        public static void FindSecrets(string text, List<SecretMatch> results)
        {
            var first = results.Count;
            FindTokens(text, results);
            FindBearerCredentials(text, results);
            results.Sort(first, results.Count - first, SecretMatchComparer.Instance); // no two secrets start at one position
        }

        /// <summary>Where the secret's text begins: a Bearer credential counts from its <c>Bearer</c> scheme.</summary>
        public static int TextStart(string text, SecretMatch match) =>
            match.Kind == SecretKind.BearerCredential
                ? text.LastIndexOf(AuthorizationHeader.BearerScheme, match.Start, StringComparison.OrdinalIgnoreCase)
                : match.Start;

        public static bool ContainsToken(string text)
        {
            var index = 0;
            return TryFindNextToken(text, ref index, out _);
        }

        /// <summary>The next token at or after <paramref name="index"/>, which is moved past it.</summary>
        private static bool TryFindNextToken(string text, ref int index, out SecretMatch match)
        {
            for (var position = index; (position = text.IndexOf(CommonPrefix, position, StringComparison.Ordinal)) >= 0; position += CommonPrefix.Length)
            {
                if (TryMatchTokenAt(text, position, out match))
                {
                    index = match.End;
                    return true;
                }
            }

            index = text.Length;
            match = default;
            return false;
        }

        /// <summary>Whether a whole value (the credential argument of <c>AuthenticationHeaderValue</c>) is a credential.</summary>
        public static bool IsBearerCredentialValue(string value)
        {
            var length = CredentialLength(value, 0);
            return length == value.Length && IsCredential(value, 0, length);
        }

        /// <summary>
        /// Whether the source text after a <c>Bearer</c> may give a literal a credential: a space, then at least as many
        /// credential characters as the shortest credential, or an escape sequence (<c>\u0020</c>) that only the
        /// literal's value can tell. <c>"Bearer"</c>, <c>"Bearer " + token</c> and "Bearer authentication failed" cannot,
        /// and their literals are then not looked up at all. A comment's Bearer never counts (comments hold tokens only).
        /// </summary>
        private static bool MayIntroduceCredential(string sourceText, int schemeEnd)
        {
            var index = schemeEnd;
            if (index >= sourceText.Length || (sourceText[index] != ' ' && sourceText[index] != '\\'))
            {
                return false;
            }

            while (index < sourceText.Length && sourceText[index] == ' ')
            {
                index++;
            }

            for (var run = 0; index < sourceText.Length; index++)
            {
                var c = sourceText[index];
                if (c == '\\')
                {
                    return true;
                }

                if ((!IsToken68Char(c) && c != '=') || ++run >= MinimumMixedCredentialLength)
                {
                    return run >= MinimumMixedCredentialLength;
                }
            }

            return false;
        }

        private static void FindBearerCredentials(string text, List<SecretMatch> results)
        {
            var index = 0;
            while ((index = text.IndexOf(AuthorizationHeader.BearerScheme, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var afterScheme = index + AuthorizationHeader.BearerScheme.Length;
                if ((index > 0 && char.IsLetterOrDigit(text[index - 1])) || afterScheme >= text.Length || text[afterScheme] != ' ')
                {
                    index = afterScheme;
                    continue;
                }

                var start = afterScheme;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                var length = CredentialLength(text, start);
                if (IsCredential(text, start, length) && !IntroducesExample(text, index))
                {
                    results.Add(new SecretMatch(SecretKind.BearerCredential, start, length));
                }

                index = start + length;
            }
        }

        private static bool TryMatchTokenAt(string text, int index, out SecretMatch match)
        {
            match = default;
            SecretKind kind;
            if (string.CompareOrdinal(text, index, LivePrefix, 0, LivePrefix.Length) == 0)
            {
                kind = SecretKind.LiveToken;
            }
            else if (string.CompareOrdinal(text, index, TestPrefix, 0, TestPrefix.Length) == 0)
            {
                kind = SecretKind.TestToken;
            }
            else
            {
                return false;
            }

            if (index > 0 && IsAsciiLetterOrDigit(text[index - 1]))
            {
                return false;
            }

            var bodyStart = index + LivePrefix.Length;
            var bodyEnd = bodyStart;
            while (bodyEnd < text.Length && IsAsciiLetterOrDigit(text[bodyEnd]))
            {
                bodyEnd++;
            }

            if (bodyEnd - bodyStart < MinimumTokenBodyLength ||
                IsPlaceholder(text, bodyStart, bodyEnd - bodyStart))
            {
                return false;
            }

            match = new SecretMatch(kind, index, bodyEnd - index);
            return true;
        }

        /// <summary>The token68 run (RFC 7235) starting at <paramref name="start"/>, with its trailing '=' padding.</summary>
        private static int CredentialLength(string text, int start)
        {
            var end = start;
            while (end < text.Length && IsToken68Char(text[end]))
            {
                end++;
            }

            while (end > start && text[end - 1] == '.')
            {
                end--; // sentence punctuation, not part of a credential
            }

            while (end < text.Length && text[end] == '=')
            {
                end++;
            }

            return end - start;
        }

        private static bool IsCredential(string text, int start, int length)
        {
            if (string.CompareOrdinal(text, start, LivePrefix, 0, LivePrefix.Length) == 0 ||
                string.CompareOrdinal(text, start, TestPrefix, 0, TestPrefix.Length) == 0)
            {
                return false;
            }

            var significant = length;
            while (significant > 0 && text[start + significant - 1] == '=')
            {
                significant--;
            }

            bool hasLetter = false, hasDigit = false, hasUnderscore = false, hasLower = false;
            for (var i = start; i < start + significant; i++)
            {
                var c = text[i];
                hasLetter |= char.IsLetter(c);
                hasDigit |= char.IsDigit(c);
                hasUnderscore |= c == '_';
                hasLower |= c >= 'a' && c <= 'z';
            }

            var longEnough = significant >= MinimumLongCredentialLength ||
                             (significant >= MinimumMixedCredentialLength && hasLetter && hasDigit);
            if (!longEnough || IsPlaceholder(text, start, significant))
            {
                return false;
            }

            // A bare environment-variable name such as COOLSET_API_TOKEN is a reference, not a credential.
            var isVariableName = hasUnderscore && !hasLower && text.IndexOfAny(NonVariableNameChars, start, significant) < 0;
            return !isVariableName && !IsPhrase(text, start, significant);
        }

        /// <summary>
        /// Lower-case words joined by <c>-</c>, <c>_</c> or <c>.</c> (<c>new-access-token</c>, <c>super_secret_token</c>):
        /// the name of a value in a test fixture or a sentence, not a credential.
        /// </summary>
        private static bool IsPhrase(string text, int start, int length)
        {
            if (length == 0 || !IsLowerLetter(text[start]) || !IsLowerLetter(text[start + length - 1]))
            {
                return false;
            }

            var separators = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (IsLowerLetter(c))
                {
                    continue;
                }

                if ((c != '-' && c != '_' && c != '.') || !IsLowerLetter(text[i - 1]))
                {
                    return false;
                }

                separators++;
            }

            return separators > 0;
        }

        /// <summary>Whether the text before the <c>Bearer</c> at <paramref name="schemeIndex"/> introduces it as an example (any case).</summary>
        private static bool IntroducesExample(string text, int schemeIndex)
        {
            foreach (var marker in ExampleMarkers)
            {
                if (schemeIndex >= marker.Length && text.IndexOf(marker, 0, schemeIndex, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsLowerLetter(char c) => c >= 'a' && c <= 'z';

        private static readonly char[] NonVariableNameChars = { '-', '.', '~', '+', '/' };

        /// <summary>A secret that contains these is a template (<c>{token}</c>, <c>&lt;token&gt;</c>).</summary>
        private static readonly char[] TemplateChars = { '<', '{' };

        /// <summary>The placeholder rules (docs/concepts.md, "Placeholders"), applied to the secret part of a token or credential.</summary>
        public static bool IsPlaceholder(string text, int start, int length)
        {
            if (IsOneCharacterRepeated(text, start, length))
            {
                return true;
            }

            foreach (var word in PlaceholderWords)
            {
                if (text.IndexOf(word, start, length, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            if (text.IndexOf("...", start, length, StringComparison.Ordinal) >= 0 || text.IndexOfAny(TemplateChars, start, length) >= 0)
            {
                return true;
            }

            // "sk_live_1234…", "sk_live_abcd1234<rest>", "sk_live_abcd1234{0}" are templates, not tokens.
            var after = start + length;
            return after < text.Length && (text[after] == '<' || text[after] == '{' || text[after] == '\u2026' ||
                                           string.CompareOrdinal(text, after, "...", 0, 3) == 0);
        }

        private static bool IsOneCharacterRepeated(string text, int start, int length)
        {
            for (var i = start + 1; i < start + length; i++)
            {
                if (text[i] != text[start])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        private static bool IsToken68Char(char c) =>
            IsAsciiLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';

        private sealed class SecretMatchComparer : IComparer<SecretMatch>
        {
            public static readonly SecretMatchComparer Instance = new SecretMatchComparer();

            public int Compare(SecretMatch x, SecretMatch y) => x.Start.CompareTo(y.Start);
        }
    }
}
