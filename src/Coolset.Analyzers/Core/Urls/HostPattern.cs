using System;

namespace Coolset.Analyzers.Core
{
    /// <summary>A host name, or <c>*.domain</c> for the domain and all its subdomains, compared case-insensitively.</summary>
    internal readonly struct HostPattern
    {
        private HostPattern(string domain, bool includesSubdomains)
        {
            Domain = domain;
            IncludesSubdomains = includesSubdomains;
        }

        public string Domain { get; }

        public bool IncludesSubdomains { get; }

        public static HostPattern DomainAndSubdomains(string domain) => new HostPattern(domain, includesSubdomains: true);

        public bool Matches(string host, int start, int length)
        {
            if (length == Domain.Length)
            {
                return string.Compare(host, start, Domain, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            return IncludesSubdomains &&
                   length > Domain.Length + 1 &&
                   host[start + length - Domain.Length - 1] == '.' &&
                   string.Compare(host, start + length - Domain.Length, Domain, 0, Domain.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>Parses <c>api.example.com</c> or <c>*.example.com</c>; anything else is invalid.</summary>
        public static bool TryParse(string text, out HostPattern pattern)
        {
            pattern = default;
            var wildcard = text.StartsWith("*.", StringComparison.Ordinal);
            var domain = wildcard ? text.Substring(2) : text;
            if (!IsHostName(domain))
            {
                return false;
            }

            pattern = new HostPattern(domain, wildcard);
            return true;
        }

        private static bool IsHostName(string text)
        {
            if (text.Length == 0 || text.Length > 253)
            {
                return false;
            }

            foreach (var label in text.Split('.'))
            {
                if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return false;
                }

                foreach (var c in label)
                {
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        public override string ToString() => IncludesSubdomains ? "*." + Domain : Domain;
    }
}
