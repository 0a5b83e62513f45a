using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Plain-http URLs to a Coolset host (docs/rules/COOL004.md): the scheme is <c>http</c> in any case, the real host
    /// (after any <c>userinfo@</c>, before any <c>:port</c>) is a Coolset host, and the URL is not the value of an XML
    /// namespace declaration (<c>xmlns="http://…"</c>), which names a namespace and is never requested.
    /// </summary>
    internal static class InsecureCoolsetUrls
    {
        public const int DefaultHttpPort = 80;

        /// <summary>Whether <paramref name="url"/>, found in <paramref name="text"/>, is an http URL to a Coolset host.</summary>
        public static bool IsInsecure(string text, UrlSpans url, CoolsetHosts hosts) =>
            url.IsHttp(text) && url.IsCoolsetHost(text, hosts) && !IsXmlNamespaceDeclaration(text, url.Start);

        /// <summary>Whether the URL names port 80 explicitly (<c>http://host:80/</c>), which https must not keep.</summary>
        public static bool HasDefaultHttpPort(string text, UrlSpans url) => url.Port(text) == DefaultHttpPort;

        /// <summary>
        /// Whether the URL starting at <paramref name="urlStart"/> is the value of <c>xmlns="…"</c> or
        /// <c>xmlns:prefix='…'</c> in XML text.
        /// </summary>
        public static bool IsXmlNamespaceDeclaration(string text, int urlStart)
        {
            var i = urlStart - 1;
            if (i < 0 || (text[i] != '"' && text[i] != '\''))
            {
                return false;
            }

            i = SkipSpacesBackward(text, i - 1);
            if (i < 0 || text[i] != '=')
            {
                return false;
            }

            var nameEnd = SkipSpacesBackward(text, i - 1) + 1;
            var nameStart = nameEnd;
            while (nameStart > 0 && IsXmlNameChar(text[nameStart - 1]))
            {
                nameStart--;
            }

            const string Xmlns = "xmlns";
            var length = nameEnd - nameStart;
            return length >= Xmlns.Length &&
                   string.CompareOrdinal(text, nameStart, Xmlns, 0, Xmlns.Length) == 0 &&
                   (length == Xmlns.Length || text[nameStart + Xmlns.Length] == ':');
        }

        private static int SkipSpacesBackward(string text, int i)
        {
            while (i >= 0 && (text[i] == ' ' || text[i] == '\t'))
            {
                i--;
            }

            return i;
        }

        private static bool IsXmlNameChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_' || c == '-' || c == '.';

        /// <summary>The host part as text, for a message (<c>http://host…</c> built by a <c>UriBuilder</c>).</summary>
        public static string DescribeBuiltUrl(string host) => "http://" + host.Trim();

        /// <summary>Whether a bare host name (a <c>UriBuilder.Host</c>) is a Coolset host; a trailing root '.' is ignored.</summary>
        public static bool IsCoolsetHostName(string host, CoolsetHosts hosts)
        {
            var trimmed = host.Trim();
            if (trimmed.EndsWith(".", StringComparison.Ordinal) && trimmed.Length > 1)
            {
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }

            return trimmed.Length > 0 && hosts.IsCoolsetHost(trimmed);
        }
    }
}
