using System;
using System.Collections.Generic;
using System.Linq;
using Coolset.Analyzers.Core;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class UrlScannerTests
    {
        private static readonly CoolsetHosts ConfiguredHosts =
            CoolsetOptions.ApiHosts.Read(new TestOptions(("coolset.api_hosts", "*.example.com, gateway.internal")));

        private static string[] Find(string text)
        {
            var urls = new List<UrlSpans>();
            UrlScanner.FindUrls(text, urls);
            return urls.Select(u => text.Substring(u.Start, u.Length)).ToArray();
        }

        private static UrlSpans Single(string text)
        {
            var urls = new List<UrlSpans>();
            UrlScanner.FindUrls(text, urls);
            return Assert.Single(urls);
        }

        [Theory]
        [InlineData("see http://coolset.com/docs.", "http://coolset.com/docs")]
        [InlineData("\"BaseUrl\": \"https://api.coolset.com/v1?x=1\",", "https://api.coolset.com/v1?x=1")]
        [InlineData("<a href='http://coolset.com/a'>docs</a>", "http://coolset.com/a")]
        [InlineData("<https://coolset.com>", "https://coolset.com")]
        [InlineData("(see https://coolset.com/x)", "https://coolset.com/x")]
        [InlineData("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)")]
        [InlineData("COOLSET_URL=http://coolset.com # the API", "http://coolset.com")]
        [InlineData("url: `http://coolset.com/a`", "http://coolset.com/a")]
        [InlineData("\u201Chttps://coolset.com/a\u201D", "https://coolset.com/a")]
        [InlineData("1http://coolset.com", "http://coolset.com")]
        [InlineData("http://coolset.com\\path", "http://coolset.com")]
        [InlineData("http://coolset.com/a|b", "http://coolset.com/a")]
        [InlineData("https://evil.io/?next=https://coolset.com", "https://evil.io/?next=https://coolset.com")]
        [InlineData("Url=https://api.coolset.com/v1/{id}?page={page}", "https://api.coolset.com/v1/{id}?page={page}")]
        public void A_url_in_text_ends_at_delimiters_and_sentence_punctuation(string text, string expected)
        {
            Assert.Equal(new[] { expected }, Find(text));
        }

        [Theory]
        [InlineData("http://localhost:5000;https://api.coolset.com", "http://localhost:5000", "https://api.coolset.com")]
        [InlineData("https://a.coolset.com,https://b.coolset.com", "https://a.coolset.com", "https://b.coolset.com")]
        [InlineData("first http://a.coolset.com/x then HTTPS://B.coolset.com:8443/y", "http://a.coolset.com/x", "HTTPS://B.coolset.com:8443/y")]
        public void Several_urls_in_one_text_are_found_in_order(string text, string first, string second)
        {
            Assert.Equal(new[] { first, second }, Find(text));
        }

        [Theory]
        [InlineData("")]
        [InlineData("no url here")]
        [InlineData("://coolset.com")]
        [InlineData(" ://coolset.com")]
        [InlineData("http://")]
        [InlineData("http:// coolset.com")]
        [InlineData("http://@/path")]
        [InlineData("api.coolset.com/v1")]
        [InlineData("http:/coolset.com")]
        [InlineData("12://coolset.com")]
        public void Text_without_an_absolute_url_has_none(string text)
        {
            Assert.Empty(Find(text));
        }

        [Fact]
        public void Every_part_of_a_url_is_located()
        {
            const string text = "x = \"HTTP://user:pw@API.Coolset.COM:80/v1/items?token=abc&page=2#frag\";";
            var url = Single(text);

            Assert.Equal("HTTP", text.Substring(url.Start, url.SchemeLength));
            Assert.Equal("API.Coolset.COM", text.Substring(url.HostStart, url.HostLength));
            Assert.Equal("80", text.Substring(url.PortStart, url.PortLength));
            Assert.Equal("/v1/items", text.Substring(url.PathStart, url.PathLength));
            Assert.Equal("token=abc&page=2", text.Substring(url.QueryStart, url.QueryLength));
            Assert.Equal("frag", text.Substring(url.FragmentStart, url.End - url.FragmentStart));
            Assert.True(url.IsHttp(text));
            Assert.True(url.IsScheme(text, "HTTP"));
            Assert.False(url.IsScheme(text, "https"));
            Assert.Equal(80, url.Port(text));
            Assert.True(url.IsCoolsetHost(text, CoolsetHosts.Default));
            Assert.False(url.HostReachesEnd);
        }

        [Fact]
        public void Absent_parts_have_no_start()
        {
            const string text = "https://coolset.com";
            var url = Single(text);

            Assert.False(url.HasPort);
            Assert.Equal(-1, url.PortStart);
            Assert.Equal(-1, url.Port(text));
            Assert.Equal(text.Length, url.PathStart);
            Assert.Equal(0, url.PathLength);
            Assert.Equal(-1, url.QueryStart);
            Assert.Equal(-1, url.FragmentStart);
            Assert.Empty(Parameters(text, url));
        }

        [Theory]
        [InlineData("https://api.coolset.com/v1", true)]
        [InlineData("HTTP://API.Coolset.COM:80/", true)]
        [InlineData("http://user@coolset.com/", true)]
        [InlineData("http://user:p@ss@coolset.com/", true)]
        [InlineData("http://coolset.com./x", true)]
        [InlineData("http://coolset.com@evil.io", false)]
        [InlineData("http://coolset.com:80@evil.io/", false)]
        [InlineData("http://coolset.com.evil.io", false)]
        [InlineData("http://notcoolset.com", false)]
        [InlineData("http://coolset.co", false)]
        [InlineData("http://coolsetXcom/", false)]
        [InlineData("http://evil.io\\@coolset.com/", false)]
        [InlineData("http://evil.io#@coolset.com/", false)]
        [InlineData("http://evil.io?@coolset.com/", false)]
        [InlineData("http://evil.io/coolset.com", false)]
        [InlineData("http://[::1]:80/", false)]
        public void The_real_host_decides_whether_a_url_is_a_Coolset_url(string text, bool expected)
        {
            var url = Single(text);
            Assert.Equal(expected, url.IsCoolsetHost(text, CoolsetHosts.Default));
        }

        [Theory]
        [InlineData("https://eu.api.example.com/v1", true)]
        [InlineData("https://example.com/v1", true)]
        [InlineData("http://gateway.internal:8080/v1", true)]
        [InlineData("http://GATEWAY.internal/v1", true)]
        [InlineData("https://developers.coolset.com/", true)]
        [InlineData("https://sub.gateway.internal/v1", false)]
        [InlineData("https://api.example.com.evil.io/v1", false)]
        [InlineData("https://notexample.com/v1", false)]
        public void Configured_hosts_and_wildcards_count_as_Coolset_hosts(string text, bool expected)
        {
            var url = Single(text);
            Assert.Equal(expected, url.IsCoolsetHost(text, ConfiguredHosts));
        }

        [Fact]
        public void The_IPv6_host_keeps_its_brackets_and_its_port_is_after_them()
        {
            const string text = "http://[fe80::1]:8080/x";
            var url = Single(text);
            Assert.Equal("[fe80::1]", text.Substring(url.HostStart, url.HostLength));
            Assert.Equal(8080, url.Port(text));
        }

        [Theory]
        [InlineData("http://coolset.com:80/x", 80)]
        [InlineData("http://coolset.com:8080", 8080)]
        [InlineData("http://coolset.com:/x", -1)]
        [InlineData("http://coolset.com:99999/x", -1)]
        [InlineData("http://coolset.com:8a/x", -1)]
        [InlineData("http://coolset.com/x:80", -1)]
        public void The_port_is_a_number_only_when_it_is_one(string text, int expected)
        {
            Assert.True(UrlScanner.TryParseAt(text, 0, text.Length, out var url));
            Assert.Equal(expected, url.Port(text));
        }

        [Fact]
        public void The_spans_are_what_the_https_fix_needs()
        {
            const string text = "http://api.coolset.com:80/v1";
            var url = Single(text);

            // Scheme → https, and ":80" (the ':' stands just before the port) removed.
            var fixedText = text.Substring(0, url.PortStart - 1) + text.Substring(url.PortStart + url.PortLength);
            fixedText = "https" + fixedText.Substring(url.SchemeLength);
            Assert.Equal("https://api.coolset.com/v1", fixedText);
        }

        [Theory]
        [InlineData("https://coolset.com", true)]
        [InlineData("https://user@coolset", true)]
        [InlineData("https://coolset.com:", false)]
        [InlineData("https://coolset.com:443", false)]
        [InlineData("https://coolset.com/", false)]
        [InlineData("https://coolset.com?", false)]
        [InlineData("https://coolset.com#", false)]
        public void A_value_says_whether_its_host_runs_to_the_end(string text, bool reachesEnd)
        {
            Assert.True(UrlScanner.TryParseAt(text, 0, text.Length, out var url));
            Assert.Equal(reachesEnd, url.HostReachesEnd);
        }

        [Fact]
        public void Punctuation_trimmed_in_free_text_ends_the_host()
        {
            const string text = "Call https://coolset.com.";
            var url = Single(text);
            Assert.Equal("coolset.com", text.Substring(url.HostStart, url.HostLength));
            Assert.False(url.HostReachesEnd);
        }

        [Fact]
        public void A_range_limits_the_search()
        {
            const string text = "a https://api.coolset.com/v1 b";
            Assert.True(UrlScanner.TryFindNext(text, 0, 15, out var url));
            Assert.Equal("api.c", text.Substring(url.HostStart, url.HostLength));
            Assert.True(url.HostReachesEnd);

            Assert.True(UrlScanner.TryFindNext(text, 5, out url)); // the range's start is where the text starts
            Assert.Equal("ps", text.Substring(url.Start, url.SchemeLength));
            Assert.False(UrlScanner.TryFindNext(text, 8, out _));
            Assert.False(UrlScanner.TryFindNext(text, 0, 8, out _));
        }

        [Theory]
        [InlineData("https://coolset.com", 0, true)]
        [InlineData(" https://coolset.com", 1, true)]
        [InlineData(" https://coolset.com", 0, false)]
        [InlineData("/x?u=https://coolset.com", 0, false)]
        [InlineData("x = https://coolset.com", 0, false)]
        [InlineData("9https://coolset.com", 0, false)]
        public void A_url_at_a_position_starts_exactly_there(string text, int start, bool expected)
        {
            Assert.Equal(expected, UrlScanner.TryParseAt(text, start, text.Length, out var url));
            Assert.Equal(expected ? start : 0, url.Start);
        }

        [Fact]
        public void The_pre_check_only_looks_for_the_scheme_separator()
        {
            Assert.True(UrlScanner.MayContainUrl("x://y"));
            Assert.False(UrlScanner.MayContainUrl("https:/coolset.com"));
        }

        [Fact]
        public void Scanning_does_not_allocate()
        {
            var text = string.Concat(Enumerable.Repeat("text http://api.coolset.com:80/v1/x?token=abc&page=2 more ", 50));
            var count = 0;
            void Scan()
            {
                var index = 0;
                while (UrlScanner.TryFindNext(text, index, out var url))
                {
                    foreach (var parameter in url.QueryParameters(text))
                    {
                        count += TokenQueryParameters.CarriesToken(text, parameter) ? 1 : 0;
                    }

                    count += url.IsCoolsetHost(text, CoolsetHosts.Default) && url.IsHttp(text) ? 1 : 0;
                    index = url.End;
                }
            }

            Scan(); // JIT
            var before = GC.GetAllocatedBytesForCurrentThread();
            Scan();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, allocated);
            Assert.Equal(200, count);
        }

        private static List<(string Name, string Value, bool HasEquals)> Parameters(string text, UrlSpans url)
        {
            var parameters = new List<(string, string, bool)>();
            foreach (var parameter in url.QueryParameters(text))
            {
                parameters.Add((text.Substring(parameter.NameStart, parameter.NameLength),
                    text.Substring(parameter.ValueStart, parameter.ValueLength), parameter.HasEquals));
            }

            return parameters;
        }

        [Fact]
        public void Query_parameters_are_listed_with_their_names_and_values()
        {
            const string text = "https://coolset.com/x?token=abc&&page_token=x%20y&flag&api_key=&a=b=c#token=frag";
            var url = Single(text);

            Assert.Equal(
                new[] { ("token", "abc", true), ("page_token", "x%20y", true), ("flag", "", false), ("api_key", "", true), ("a", "b=c", true) },
                Parameters(text, url));
        }

        [Fact]
        public void A_parameter_spans_what_the_fix_removes()
        {
            const string text = "https://coolset.com/x?page=2&token=abc";
            var url = Single(text);
            var found = new List<string>();
            foreach (var parameter in url.QueryParameters(text))
            {
                if (TokenQueryParameters.IsTokenName(text, parameter))
                {
                    found.Add(text.Substring(parameter.Start, parameter.End - parameter.Start));
                }
            }

            Assert.Equal(new[] { "token=abc" }, found);
        }

        [Theory]
        [InlineData("https://api.coolset.com/v1?token=sk_live_abc123def456", "token")]
        [InlineData("https://api.coolset.com/v1?TOKEN=abc123&Api_Key=k3y", "TOKEN|Api_Key")]
        [InlineData("https://api.coolset.com/v1?apikey=xyz123&access_token=abc", "apikey|access_token")]
        [InlineData("https://api.coolset.com/v1?page_token=abc&next_token=def&tokens=1&my_token=2&apikeys=3", "")]
        [InlineData("https://api.coolset.com/v1?token=&api_key", "")]
        [InlineData("https://api.coolset.com/v1?token=YOUR_TOKEN&api_key=REDACTED", "")]
        [InlineData("https://api.coolset.com/v1?token=xxxxxxxx", "")]
        [InlineData("https://api.coolset.com/v1?api_key={apiKey}&token=abc...", "")]
        [InlineData("https://api.coolset.com/v1?access_token={{token}}", "")]
        [InlineData("https://api.coolset.com/v1#token=abc123", "")]
        [InlineData("https://api.coolset.com/token=abc123/x", "")]
        public void Token_parameters_carry_a_non_placeholder_value(string text, string expected)
        {
            var url = Single(text);
            var names = new List<string>();
            foreach (var parameter in url.QueryParameters(text))
            {
                if (TokenQueryParameters.CarriesToken(text, parameter))
                {
                    names.Add(text.Substring(parameter.NameStart, parameter.NameLength));
                }
            }

            Assert.Equal(expected, string.Join("|", names));
        }

        [Theory]
        [InlineData("token", true)]
        [InlineData("Access_Token", true)]
        [InlineData("APIKEY", true)]
        [InlineData("page_token", false)]
        [InlineData("next_token", false)]
        [InlineData("token_type", false)]
        [InlineData("api-key", false)]
        public void Token_parameter_names_match_whole_and_in_any_case(string name, bool expected)
        {
            var text = "https://coolset.com/?" + name + "=v";
            var url = Single(text);
            foreach (var parameter in url.QueryParameters(text))
            {
                Assert.Equal(expected, TokenQueryParameters.IsTokenName(text, parameter));
            }
        }
    }
}
