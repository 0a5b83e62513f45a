using System;
using System.Collections.Immutable;

namespace Coolset.Analyzers.Core
{
    /// <summary>Which URLs point at the Coolset API: <c>coolset.com</c>, its subdomains and the configured hosts.</summary>
    public sealed class CoolsetHosts
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
    public readonly struct UrlParts
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
            if (!UrlScanner.TryParseAt(url, 0, url.Length, out var spans))
            {
                return false;
            }

            parts = new UrlParts(spans.SchemeLength, spans.HostStart, spans.HostLength, spans.PortStart, spans.PortLength);
            return true;
        }
    }
}
