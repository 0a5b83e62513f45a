using System;
using System.Collections.Generic;

namespace Coolset.Analyzers.Core
{
    /// <summary>Finds absolute URLs (<c>scheme://authority/path?query#fragment</c>) in text and locates their parts.</summary>
    /// <remarks>
    /// Works on plain strings (C# literal values, configuration files): no Roslyn types, no regex, no allocation.
    /// In free text a URL ends at whitespace, quotes, <c>&lt;</c>, <c>&gt;</c>, '\', '|', and its authority also at
    /// any character a host name cannot hold (<c>,</c>, <c>;</c>, <c>(</c>, <c>{</c>…), so lists such as
    /// <c>http://a;http://b</c> are two URLs. Sentence punctuation after a URL in free text is not part of it.
    /// </remarks>
    internal static class UrlScanner
    {
        private const string SchemeSeparator = "://";

        /// <summary>A cheap pre-check: whether <paramref name="text"/> contains <c>://</c> at all.</summary>
        public static bool MayContainUrl(string text) => text.IndexOf(SchemeSeparator, StringComparison.Ordinal) >= 0;

        /// <summary>Adds every position of <c>://</c> in <paramref name="text"/>: where a URL may stand, for a search that looks only there.</summary>
        public static void AddSeparatorPositions(string text, List<int> positions) =>
            TextPositions.AddOccurrences(text, SchemeSeparator, StringComparison.Ordinal, positions);

        /// <summary>
        /// As <see cref="AddSeparatorPositions"/>, without the <c>://</c> the source text writes right after <c>https</c>
        /// (any case): the URL there is secure in the literal's value and in any concatenation it is folded into.
        /// </summary>
        public static void AddSeparatorPositionsNotAfterHttps(string text, List<int> positions)
        {
            for (var index = 0; index < text.Length && (index = text.IndexOf(SchemeSeparator, index, StringComparison.Ordinal)) >= 0; index += SchemeSeparator.Length)
            {
                if (index < HttpsScheme.Length || string.Compare(text, index - HttpsScheme.Length, HttpsScheme, 0, HttpsScheme.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    positions.Add(index);
                }
            }
        }

        /// <summary>The secure scheme every Coolset URL must use.</summary>
        public const string HttpsScheme = "https";

        /// <summary>Finds the first URL that starts at or after <paramref name="start"/> in <paramref name="text"/>.</summary>
        public static bool TryFindNext(string text, int start, out UrlSpans url) => TryFindNext(text, start, text.Length, out url);

        /// <summary>Finds the first URL that lies within [<paramref name="start"/>, <paramref name="end"/>).</summary>
        public static bool TryFindNext(string text, int start, int end, out UrlSpans url)
        {
            url = default;
            start = Math.Max(start, 0);
            end = Math.Min(end, text.Length);
            var index = start;
            while (end - index >= SchemeSeparator.Length)
            {
                var separator = text.IndexOf(SchemeSeparator, index, end - index, StringComparison.Ordinal);
                if (separator < 0)
                {
                    return false;
                }

                var schemeStart = separator;
                while (schemeStart > start && IsSchemeChar(text[schemeStart - 1]))
                {
                    schemeStart--;
                }

                while (schemeStart < separator && !IsAsciiLetter(text[schemeStart]))
                {
                    schemeStart++;
                }

                if (schemeStart < separator && TryParse(text, schemeStart, separator, end, inFreeText: true, out url))
                {
                    return true;
                }

                index = separator + SchemeSeparator.Length;
            }

            return false;
        }

        /// <summary>Adds every URL in <paramref name="text"/> to <paramref name="results"/>, in order.</summary>
        /// <remarks>A URL inside another one's query (<c>?next=https://…</c>) belongs to the outer URL and is not added.</remarks>
        public static void FindUrls(string text, List<UrlSpans> results)
        {
            var index = 0;
            while (TryFindNext(text, index, out var url))
            {
                results.Add(url);
                index = url.End;
            }
        }

        /// <summary>
        /// Reads a URL whose scheme starts exactly at <paramref name="start"/> and that may run up to
        /// <paramref name="end"/>: a whole value (a constant string) or the constant prefix of one. Nothing is trimmed,
        /// so <see cref="UrlSpans.HostReachesEnd"/> says whether the rest of the host could follow the prefix.
        /// </summary>
        public static bool TryParseAt(string text, int start, int end, out UrlSpans url)
        {
            url = default;
            end = Math.Min(end, text.Length);
            if (start < 0 || start >= end || !IsAsciiLetter(text[start]))
            {
                return false;
            }

            var separator = start + 1;
            while (separator < end && IsSchemeChar(text[separator]))
            {
                separator++;
            }

            return end - separator >= SchemeSeparator.Length &&
                   string.CompareOrdinal(text, separator, SchemeSeparator, 0, SchemeSeparator.Length) == 0 &&
                   TryParse(text, start, separator, end, inFreeText: false, out url);
        }

        private static bool TryParse(string text, int schemeStart, int separator, int end, bool inFreeText, out UrlSpans url)
        {
            url = default;
            var authorityStart = separator + SchemeSeparator.Length;
            var authorityEnd = authorityStart;
            while (authorityEnd < end && IsAuthorityChar(text[authorityEnd]))
            {
                authorityEnd++;
            }

            var urlEnd = authorityEnd;
            if (urlEnd < end && (text[urlEnd] == '/' || text[urlEnd] == '?' || text[urlEnd] == '#'))
            {
                while (urlEnd < end && !IsUrlDelimiter(text[urlEnd]))
                {
                    urlEnd++;
                }
            }

            if (inFreeText)
            {
                urlEnd = WithoutTrailingPunctuation(text, schemeStart, authorityStart, urlEnd);
                authorityEnd = Math.Min(authorityEnd, urlEnd);
            }

            var hostStart = authorityStart;
            for (var i = authorityEnd - 1; i >= authorityStart; i--)
            {
                if (text[i] == '@')
                {
                    hostStart = i + 1; // userinfo@host: the host is what follows the last '@'
                    break;
                }
            }

            var hostEnd = hostStart;
            if (hostStart < authorityEnd && text[hostStart] == '[')
            {
                // An IPv6 literal: [::1]:8080
                var close = text.IndexOf(']', hostStart, authorityEnd - hostStart);
                hostEnd = close < 0 ? authorityEnd : close + 1;
            }
            else
            {
                while (hostEnd < authorityEnd && text[hostEnd] != ':')
                {
                    hostEnd++;
                }
            }

            if (hostEnd == hostStart)
            {
                return false;
            }

            var portStart = hostEnd < authorityEnd && text[hostEnd] == ':' ? hostEnd + 1 : -1;
            var queryStart = -1;
            var fragmentStart = -1;
            for (var i = authorityEnd; i < urlEnd; i++)
            {
                if (text[i] == '#')
                {
                    fragmentStart = i + 1;
                    break;
                }

                if (text[i] == '?' && queryStart < 0)
                {
                    queryStart = i + 1;
                }
            }

            url = new UrlSpans(schemeStart, urlEnd, separator - schemeStart, hostStart, hostEnd, portStart, authorityEnd,
                queryStart, fragmentStart, hostReachesEnd: hostEnd == end);
            return true;
        }

        /// <summary>"See https://coolset.com/docs." ends before the '.'; a ')' only closes the URL if it has no '('.</summary>
        private static int WithoutTrailingPunctuation(string text, int urlStart, int authorityStart, int urlEnd)
        {
            while (urlEnd > authorityStart)
            {
                var c = text[urlEnd - 1];
                var trailing = c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
                               (c == ')' && text.IndexOf('(', urlStart, urlEnd - urlStart) < 0) ||
                               (c == ']' && text.IndexOf('[', urlStart, urlEnd - urlStart) < 0) ||
                               (c == '}' && text.IndexOf('{', urlStart, urlEnd - urlStart) < 0);
                if (!trailing)
                {
                    break;
                }

                urlEnd--;
            }

            return urlEnd;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');

        private static bool IsSchemeChar(char c) => IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.';

        /// <summary>What a host, a port or userinfo is written with in practice (letters of any script for IDNs).</summary>
        private static bool IsAuthorityChar(char c)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                return true;
            }

            switch (c)
            {
                case '-':
                case '.':
                case '_':
                case '~':
                case '%':
                case '!':
                case '$':
                case '&':
                case '+':
                case '=':
                case ':':
                case '@':
                case '[':
                case ']':
                    return true;
                default:
                    return c > '\u007f' && char.IsLetterOrDigit(c);
            }
        }

        private static bool IsUrlDelimiter(char c)
        {
            if (c <= ' ')
            {
                return true;
            }

            switch (c)
            {
                case '"':
                case '\'':
                case '`':
                case '<':
                case '>':
                case '\\':
                case '|':
                case '\u201C':
                case '\u201D':
                case '\u2018':
                case '\u2019':
                case '\u00AB':
                case '\u00BB':
                    return true;
                default:
                    return c > '\u007f' && char.IsWhiteSpace(c);
            }
        }
    }
}
