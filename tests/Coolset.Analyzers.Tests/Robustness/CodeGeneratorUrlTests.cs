using System;
using System.Linq;
using Coolset.Analyzers.Workloads;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>The benchmark's codebase has URLs (look-alikes and http Coolset URLs) and configuration files, deterministically.</summary>
    public class CodeGeneratorUrlTests
    {
        [Fact]
        public void The_codebase_has_url_look_alikes_http_coolset_urls_and_configuration_files()
        {
            var generator = new CodeGenerator(seed: 5, CodebaseFlavor.WithCoolsetClients);
            var text = string.Concat(generator.Generate(200).Select(f => f.Text));
            Assert.Contains("\"http://localhost:5000/api/\"", text, StringComparison.Ordinal);
            Assert.Contains("new Uri(\"http://developers.coolset.com/api/v1/\")", text, StringComparison.Ordinal);
            Assert.Contains("\"http://\" + Host", text, StringComparison.Ordinal);

            var configuration = generator.GenerateConfigurationFiles(1000);
            Assert.Equal(12, configuration.Count);
            Assert.Contains(configuration, f => f.Path.EndsWith("/.env", StringComparison.Ordinal));
            Assert.Contains(configuration, f => f.Text.Contains("\"ApiToken\": \"sk_live_", StringComparison.Ordinal));
            Assert.Contains(configuration, f => f.Text.Contains("\"BaseUrl\": \"http://developers.coolset.com", StringComparison.Ordinal));
            Assert.Equal(
                configuration.Select(f => f.Path + f.Text),
                new CodeGenerator(seed: 5, CodebaseFlavor.WithCoolsetClients).GenerateConfigurationFiles(1000).Select(f => f.Path + f.Text));
            Assert.Empty(new CodeGenerator(seed: 5, CodebaseFlavor.PlainBusiness).GenerateConfigurationFiles(1000));
        }
    }
}
