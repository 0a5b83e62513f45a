using System;
using System.Collections.Immutable;

namespace Coolset.Analyzers.Core
{
    /// <summary>Which URLs point at the Coolset API: <c>coolset.com</c>, its subdomains and the configured hosts.</summary>
    internal sealed class CoolsetHosts
    {
        public static readonly HostPattern BuiltIn = HostPattern.DomainAndSubdomains("coolset.com");

        public static readonly CoolsetHosts Default = new CoolsetHosts(ImmutableArray<HostPattern>.Empty);

        public CoolsetHosts(ImmutableArray<HostPattern> additional)
        {
            Additional = additional;
        }

        public ImmutableArray<HostPattern> Additional { get; }

        public bool IsCoolsetHost(string host) => IsCoolsetHost(host, 0, host.Length);

        public bool IsCoolsetHost(string text, int start, int length)
        {
            if (BuiltIn.Matches(text, start, length))
            {
                return true;
            }

            foreach (var pattern in Additional)
            {
                if (pattern.Matches(text, start, length))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="url"/> (absolute, <c>scheme://host…</c>) names a Coolset host.</summary>
        public bool IsCoolsetUrl(string url) =>
            UrlParts.TryParse(url, out var parts) && IsCoolsetHost(url, parts.HostStart, parts.HostLength);
    }

    /// <summary>Where the scheme, the host and the port of an absolute URL stand in its text.</summary>
    internal readonly struct UrlParts
    {
        private UrlParts(int schemeLength, int hostStart, int hostLength, int portStart, int portLength)
        {
            SchemeLength = schemeLength;
            HostStart = hostStart;
            HostLength = hostLength;
            PortStart = portStart;
            PortLength = portLength;
        }

        public int SchemeLength { get; }

        public int HostStart { get; }

        public int HostLength { get; }

        /// <summary>The port digits after the ':'; -1 when the URL has no port.</summary>
        public int PortStart { get; }

        public int PortLength { get; }

        /// <summary>Finds <c>scheme://[userinfo@]host[:port]</c> at the start of <paramref name="url"/>.</summary>
        /// <remarks>The host ends at the first '/', '?', '#' or ':'; so <c>coolset.com.evil.io</c> is its own host.</remarks>
        public static bool TryParse(string url, out UrlParts parts)
        {
            parts = default;
            var separator = url.IndexOf("://", StringComparison.Ordinal);
            if (separator <= 0)
            {
                return false;
            }

            for (var i = 0; i < separator; i++)
            {
                var c = url[i];
                if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            var authorityStart = separator + 3;
            var authorityEnd = authorityStart;
            while (authorityEnd < url.Length && url[authorityEnd] != '/' && url[authorityEnd] != '?' && url[authorityEnd] != '#')
            {
                authorityEnd++;
            }

            var hostStart = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) + 1;
            if (hostStart == 0)
            {
                hostStart = authorityStart;
            }

            var hostEnd = hostStart;
            while (hostEnd < authorityEnd && url[hostEnd] != ':')
            {
                hostEnd++;
            }

            if (hostEnd == hostStart)
            {
                return false;
            }

            var portStart = hostEnd < authorityEnd ? hostEnd + 1 : -1;
            parts = new UrlParts(separator, hostStart, hostEnd - hostStart, portStart, portStart < 0 ? 0 : authorityEnd - portStart);
            return true;
        }
    }
}
