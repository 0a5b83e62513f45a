using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Coolset.Analyzers.Tests.EndToEnd
{
    /// <summary>
    /// COOL006 and COOL004 through the packed package: a fresh project's <c>appsettings.json</c> is read with no set-up
    /// (the package's build props), at the right lines, once even when the project lists it too; the opt-out property
    /// stops it; <c>dotnet format analyzers --diagnostics COOL004</c> fixes the C# and the rebuild is clean.
    /// </summary>
    public sealed class ConfigurationFilesEndToEndTests : IDisposable
    {
        // Split so that this file holds no token itself; the project under test gets the joined text.
        private static readonly string LiveToken = "sk_" + "live_9Tq2Wm4Xr8Kb3Nd6Pf1L";

        private readonly string _work = Path.Combine(Path.GetTempPath(), "coolset-e2e-config-" + Guid.NewGuid().ToString("N"));
        private readonly DotNetCli _dotnet;

        public ConfigurationFilesEndToEndTests()
        {
            Directory.CreateDirectory(_work);
            _dotnet = new DotNetCli(Path.Combine(_work, "packages"));
        }

        [Fact]
        public void Configuration_files_are_read_with_no_set_up_once_and_the_opt_out_stops_it_and_http_urls_are_fixed()
        {
            var feed = Path.Combine(_work, "feed");
            var (packExit, packOutput) = _dotnet.Run(
                DotNetCli.RepositoryRoot(), "pack", "src/Coolset.Analyzers.Package", "-c", "Release", "-o", feed, "-nodeReuse:false");
            Assert.True(packExit == 0, packOutput);

            var app = CreateConsumerProject(feed);
            var sarif = Path.Combine(_work, "build.sarif");
            var (buildExit, buildOutput) = _dotnet.Run(app, "build", "-nodeReuse:false", $"-p:ErrorLog={sarif}%2Cversion=2.1");
            Assert.True(buildExit == 0, buildOutput);
            Assert.Matches(new Regex(@"appsettings\.json\(4,18\): warning COOL006: .*'sk_live_…Pf1L'"), buildOutput);
            Assert.Matches(new Regex(@"appsettings\.json\(6,17\): warning COOL004: .*'http://developers\.coolset\.com/api/v1/'"), buildOutput);
            Assert.Matches(new Regex(@"Program\.cs\(1,53\): warning COOL004"), buildOutput);
            Assert.DoesNotContain(LiveToken, buildOutput);
            var log = File.ReadAllText(sarif);
            Assert.DoesNotContain(LiveToken, log);
            Assert.Single(Regex.Matches(log, "\"ruleId\":\\s*\"COOL006\"")); // listed by the project and by the props: read once
            Assert.Equal(3, Regex.Matches(log, "\"ruleId\":\\s*\"COOL004\"").Count); // two in Program.cs, one in appsettings.json

            var (optOutExit, optOutOutput) = _dotnet.Run(
                app, "build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:CoolsetAnalyzersScanConfigurationFiles=false", "-p:ListAppSettings=false");
            Assert.True(optOutExit == 0, optOutOutput);
            Assert.DoesNotContain("COOL006", optOutOutput);
            Assert.DoesNotContain("appsettings.json", optOutOutput);
            Assert.Contains("warning COOL004", optOutOutput);

            var (formatExit, formatOutput) = _dotnet.Run(app, "format", "analyzers", "--no-restore", "--diagnostics", "COOL004");
            Assert.True(formatExit == 0, formatOutput);
            var fixedSource = File.ReadAllText(Path.Combine(app, "Program.cs"));
            Assert.Contains("new Uri(\"https://developers.coolset.com/\")", fixedSource);
            Assert.Contains("\"https://API.Coolset.com/v1\"", fixedSource);

            var (rebuildExit, rebuildOutput) = _dotnet.Run(
                app, "build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true",
                "-p:CoolsetAnalyzersScanConfigurationFiles=false", "-p:ListAppSettings=false");
            Assert.True(rebuildExit == 0, rebuildOutput);
            Assert.DoesNotContain("COOL00", rebuildOutput);
        }

        private string CreateConsumerProject(string feed)
        {
            var app = Path.Combine(_work, "app");
            Directory.CreateDirectory(app);
            var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "*.nupkg").Single()).Substring("Coolset.Analyzers.".Length);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Coolset.Analyzers" Version="{version}" />
                  </ItemGroup>
                  <ItemGroup Condition="'$(ListAppSettings)' != 'false'">
                    <AdditionalFiles Include="appsettings.json" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "appsettings.json"), $$"""
                {
                  "Coolset": {
                    "Comment": "made up for the test",
                    "ApiToken": "{{LiveToken}}",
                    "Placeholder": "${COOLSET_API_TOKEN}",
                    "BaseUrl": "http://developers.coolset.com/api/v1/"
                  }
                }
                """.Replace("\r\n", "\n"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                var client = new HttpClient { BaseAddress = new Uri("http://developers.coolset.com/") };
                const string Products = "HTTP://API.Coolset.com:80/v1";
                Console.WriteLine(client.BaseAddress + Products);
                """);
            return app;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
