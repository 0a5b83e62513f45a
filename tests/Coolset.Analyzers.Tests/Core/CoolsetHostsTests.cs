using System.Linq;
using Coolset.Analyzers.Core;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class CoolsetHostsTests
    {
        [Theory]
        [InlineData("https://coolset.com/api", true)]
        [InlineData("https://developers.coolset.com/api/accounts/user-config/", true)]
        [InlineData("http://developers-scranton.coolset.com", true)]
        [InlineData("HTTPS://DEVELOPERS.COOLSET.COM/API", true)]
        [InlineData("https://developers.coolset.com:8443/api", true)]
        [InlineData("https://user:pass@developers.coolset.com/", true)]
        [InlineData("https://developers.coolset.com?x=1", true)]
        [InlineData("https://coolset.com.evil.io/api", false)]
        [InlineData("https://notcoolset.com/api", false)]
        [InlineData("https://evil.io/developers.coolset.com", false)]
        [InlineData("https://evil.io/?next=https://coolset.com", false)]
        [InlineData("https://coolset.com@evil.io/", false)]
        [InlineData("https://localhost:5001/api", false)]
        [InlineData("developers.coolset.com/api", false)]
        [InlineData("https://", false)]
        [InlineData("", false)]
        public void Built_in_hosts_are_coolset_com_and_its_subdomains(string url, bool expected)
        {
            Assert.Equal(expected, CoolsetHosts.Default.IsCoolsetUrl(url));
        }

        [Theory]
        [InlineData("https://api.example.com/v1", true)]
        [InlineData("https://eu.api.example.com/v1", true)]
        [InlineData("https://example.com/v1", true)]
        [InlineData("https://gateway.internal/v1", true)]
        [InlineData("https://sub.gateway.internal/v1", false)]
        [InlineData("https://api.example.com.evil.io/v1", false)]
        [InlineData("https://developers.coolset.com/", true)]
        public void Configured_hosts_add_to_the_built_in_ones(string url, bool expected)
        {
            Assert.True(CoolsetOptions.ApiHosts.Read(new TestOptions(("coolset.api_hosts", "*.example.com, gateway.internal"))) is var hosts);
            Assert.Equal(expected, hosts.IsCoolsetUrl(url));
        }

        [Theory]
        [InlineData("not a host")]
        [InlineData("https://api.example.com")]
        [InlineData("*.")]
        [InlineData("api..example.com")]
        [InlineData("-api.example.com")]
        [InlineData("api.example.com/path")]
        [InlineData("**.example.com")]
        public void Invalid_host_patterns_are_rejected_and_the_default_is_used(string value)
        {
            var hosts = CoolsetOptions.ApiHosts.Read(new TestOptions(("coolset.api_hosts", "good.example.com|" + value)), out var problem);
            Assert.NotNull(problem);
            Assert.Equal("coolset.api_hosts", problem!.Key);
            Assert.Same(CoolsetHosts.Default, hosts);
        }

        [Fact]
        public void Url_parts_locate_scheme_host_and_port()
        {
            const string url = "http://user@developers.coolset.com:80/api";
            Assert.True(UrlScanner.TryParseAt(url, 0, url.Length, out var parts));
            Assert.Equal("http", url.Substring(0, parts.SchemeLength));
            Assert.Equal("developers.coolset.com", url.Substring(parts.HostStart, parts.HostLength));
            Assert.Equal("80", url.Substring(parts.PortStart, parts.PortLength));
        }

        [Fact]
        public void List_options_split_on_bars_and_on_commas_outside_parentheses()
        {
            Assert.Equal(
                new[] { "M:A.B(System.String,System.Int32)", "T:Contoso.Audit", "M:C.D", "M:E.F" },
                OptionList.Split(" M:A.B(System.String,System.Int32), T:Contoso.Audit |M:C.D,, | M:E.F ").ToArray());
        }
    }
}
