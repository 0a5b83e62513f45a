using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>Where each part of one absolute URL stands in a text: offsets into that text, never copies of it.</summary>
    /// <remarks>
    /// The scheme starts at <see cref="Start"/>. Optional parts (port, query, fragment) have a start of -1 when absent.
    /// The host is the real host: after any <c>userinfo@</c>, before any <c>:port</c>.
    /// </remarks>
    internal readonly struct UrlSpans
    {
        internal UrlSpans(
            int start,
            int end,
            int schemeLength,
            int hostStart,
            int hostEnd,
            int portStart,
            int authorityEnd,
            int queryStart,
            int fragmentStart,
            bool hostReachesEnd)
        {
            Start = start;
            End = end;
            SchemeLength = schemeLength;
            HostStart = hostStart;
            HostLength = hostEnd - hostStart;
            PortStart = portStart;
            PortLength = portStart < 0 ? 0 : authorityEnd - portStart;
            PathStart = authorityEnd;
            PathLength = (queryStart >= 0 ? queryStart - 1 : fragmentStart >= 0 ? fragmentStart - 1 : end) - authorityEnd;
            QueryStart = queryStart;
            QueryLength = queryStart < 0 ? 0 : (fragmentStart >= 0 ? fragmentStart - 1 : end) - queryStart;
            FragmentStart = fragmentStart;
            HostReachesEnd = hostReachesEnd;
        }

        /// <summary>Where the URL (its scheme) begins.</summary>
        public int Start { get; }

        /// <summary>Just past the URL's last character.</summary>
        public int End { get; }

        public int Length => End - Start;

        /// <summary>The scheme's length; it starts at <see cref="Start"/> and is followed by <c>://</c>.</summary>
        public int SchemeLength { get; }

        public int HostStart { get; }

        public int HostLength { get; }

        public int HostEnd => HostStart + HostLength;

        /// <summary>The port's text after the ':' (the ':' is at <c>PortStart - 1</c>); -1 when the URL has no port.</summary>
        public int PortStart { get; }

        /// <summary>The port's length (0 for <c>host:</c> and when there is no port).</summary>
        public int PortLength { get; }

        public bool HasPort => PortStart >= 0;

        /// <summary>Where the path begins: just after the authority (host and port), also when the path is empty.</summary>
        public int PathStart { get; }

        public int PathLength { get; }

        /// <summary>The query's text after the '?'; -1 when the URL has no '?'.</summary>
        public int QueryStart { get; }

        public int QueryLength { get; }

        /// <summary>The fragment's text after the '#'; -1 when the URL has no '#'.</summary>
        public int FragmentStart { get; }

        /// <summary>
        /// The host runs up to the end of the text that was scanned, with no ':', '/', '?', '#' or other delimiter after
        /// it. In a part of a larger value (the text of an interpolated string before a hole, a constant prefix) the rest
        /// of the host may follow, so the host is not known.
        /// </summary>
        public bool HostReachesEnd { get; }

        /// <summary>Whether the scheme is <paramref name="scheme"/>, compared case-insensitively (<c>HTTP</c> is <c>http</c>).</summary>
        public bool IsScheme(string text, string scheme) =>
            SchemeLength == scheme.Length &&
            string.Compare(text, Start, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>Whether the scheme is <c>http</c> (any case).</summary>
        public bool IsHttp(string text) => IsScheme(text, "http");

        /// <summary>The port number, or -1 when there is no port or it is not a number up to 65535.</summary>
        public int Port(string text)
        {
            if (PortStart < 0 || PortLength == 0 || PortLength > 5)
            {
                return -1;
            }

            var value = 0;
            for (var i = PortStart; i < PortStart + PortLength; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value <= 65535 ? value : -1;
        }

        /// <summary>Whether the host is a Coolset host (a trailing root '.' is ignored: <c>coolset.com.</c> is <c>coolset.com</c>).</summary>
        public bool IsCoolsetHost(string text, CoolsetHosts hosts)
        {
            var length = HostLength;
            if (length > 1 && text[HostStart + length - 1] == '.')
            {
                length--;
            }

            return length > 0 && hosts.IsCoolsetHost(text, HostStart, length);
        }

        /// <summary>The <c>name=value</c> pairs of the query, in order (none when there is no query).</summary>
        public QueryParameterEnumerator QueryParameters(string text) =>
            new QueryParameterEnumerator(text, QueryStart, QueryStart < 0 ? -1 : QueryStart + QueryLength);
    }
}
