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

        /// <summary>
        /// A cheap first check: whether <paramref name="text"/> mentions a Coolset domain anywhere (any case). A URL
        /// whose host is whole in constant text has it in one piece, so a text without one holds no Coolset URL.
        /// </summary>
        public bool MayMentionHost(string text)
        {
            if (text.IndexOf(BuiltIn.Domain, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }

            foreach (var pattern in Additional)
            {
                if (text.IndexOf(pattern.Domain, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="url"/> (absolute, <c>scheme://host…</c>) names a Coolset host.</summary>
        public bool IsCoolsetUrl(string url) =>
            UrlScanner.TryParseAt(url, 0, url.Length, out var parts) && IsCoolsetHost(url, parts.HostStart, parts.HostLength);
    }
}
